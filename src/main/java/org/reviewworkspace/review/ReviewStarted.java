package org.reviewworkspace.review;

/**
 * Published inside the transaction that starts a review, e.g. to give it its criteria.
 *
 * @param previousReviewId the partnership's review before this one, or {@code null}
 * @param scopeFromPrevious whether the new review takes its scope (institutions, criteria,
 *        delegation) from the previous one
 */
public record ReviewStarted(Long reviewId, Long previousReviewId, boolean scopeFromPrevious) {

    /** The review to take the scope from, or {@code null} when starting afresh. */
    public Long scopeSource() {
        return scopeFromPrevious ? previousReviewId : null;
    }
}
