package org.reviewworkspace.review;

/** Published inside the transaction that starts a review, e.g. to give it its criteria. */
public record ReviewStarted(Long reviewId, Long previousReviewId) {
}
