package org.reviewworkspace.assessment;

import java.time.Instant;

/**
 * An assessment as a column of the consensus.
 *
 * @param submittedAt when it was submitted, or {@code null} for the viewer's own draft
 * @param mine whether the viewer wrote it
 */
public record ConsensusAssessment(long assessmentId, String assessor, String assessorName, Instant submittedAt,
                                  boolean mine) {

    public boolean submitted() {
        return submittedAt != null;
    }
}
