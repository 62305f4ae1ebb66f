package org.reviewworkspace.assessment;

import java.util.List;

/**
 * The submitted assessments of a review for its coordinator.
 *
 * @param lockReason why none can be reopened now, or {@code null} while the assessments are under way
 */
public record SubmittedAssessments(Long reviewId, String referenceCode, String reviewTitle, String lockReason,
                                   List<SubmittedAssessment> assessments) {

    public boolean reopenable() {
        return lockReason == null;
    }
}
