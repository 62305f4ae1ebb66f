package org.reviewworkspace.assessment;

import java.util.List;

/**
 * The criteria of a review as the coordinator's criteria screen opens them.
 *
 * @param lockReason why they can no longer be changed, or {@code null} while they can
 */
public record CriteriaDraft(Long reviewId, String referenceCode, String reviewTitle, String lockReason,
                            List<CriterionEdit> criteria) {

    public boolean editable() {
        return lockReason == null;
    }
}
