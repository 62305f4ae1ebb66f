package org.reviewworkspace.review;

/** Where a review stands; always the position of its process (see {@link ReviewStatusUpdater}). */
public enum ReviewStatus {
    PLANNING("Planning"),
    ASSESSING("Assessing"),
    CONSOLIDATING("Consolidating"),
    AWAITING_SIGN_OFF("Awaiting sign-off"),
    CHANGES_REQUESTED("Changes requested"),
    PUBLISHED("Published"),
    REJECTED("Rejected"),
    CANCELLED("Cancelled");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == PUBLISHED || this == REJECTED || this == CANCELLED;
    }
}
