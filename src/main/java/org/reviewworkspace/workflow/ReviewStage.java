package org.reviewworkspace.workflow;

/** Where a review's process stands; the review feature mirrors it as the review's status. */
public enum ReviewStage {
    PLANNING, ASSESSING, CONSOLIDATING, AWAITING_SIGN_OFF, CHANGES_REQUESTED, PUBLISHED, REJECTED, CANCELLED
}
