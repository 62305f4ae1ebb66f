package org.reviewworkspace.audit;

/**
 * Published, inside the action's transaction, for every audit event recorded on a review; lets
 * features that follow reviews (open screens, see {@code review.ReviewChanges}) hear of every
 * action without depending on each feature.
 */
public record AuditRecorded(long reviewId, String action) {
}
