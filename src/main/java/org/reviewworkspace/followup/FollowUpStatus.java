package org.reviewworkspace.followup;

/** Where the partner stands with a recommendation of a published report. */
public enum FollowUpStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), IMPLEMENTED("Implemented"),
    NO_LONGER_RELEVANT("No longer relevant");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the next review of the partnership is to verify it. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
