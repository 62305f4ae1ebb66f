package org.reviewworkspace.assessment;

/**
 * One assessor's score of one criterion in the consensus view.
 *
 * @param assessmentId the assessment the score belongs to (a column of the consensus)
 * @param score 1–5, or {@code null} when not scored or not applicable; only scores count
 * @param notApplicable whether the assessor marked the criterion as not applicable
 * @param rationale the assessor's reasons, or {@code null}
 */
public record ConsensusCell(long assessmentId, Integer score, boolean notApplicable, String rationale) {

    /** Whether this score takes part in the mean, minimum and maximum. */
    public boolean counts() {
        return score != null && !notApplicable;
    }

    /** The score as shown: the number, "N/A" or a dash. */
    public String label() {
        return counts() ? score.toString() : notApplicable ? "N/A" : "–";
    }
}
