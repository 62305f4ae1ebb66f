package org.reviewworkspace.assessment;

import java.util.List;

/**
 * Every visible assessment of one institution, criterion by criterion.
 *
 * @param assessments the columns: submitted assessments, and the viewer's own draft
 * @param rows one per criterion of the review, in the template's order
 * @param mayComment whether the viewer may post to the assessments' comment threads
 */
public record Consensus(long reviewId, ConsensusInstitution institution, List<ConsensusAssessment> assessments,
                        List<ConsensusRow> rows, boolean mayComment) {

    /** Criteria where the assessors disagree. */
    public List<ConsensusRow> disagreements() {
        return rows.stream().filter(ConsensusRow::disagreement).toList();
    }
}
