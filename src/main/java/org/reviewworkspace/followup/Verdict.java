package org.reviewworkspace.followup;

/** What an assessor of a later review found about an earlier recommendation, and where that leaves it. */
public enum Verdict {
    IMPLEMENTED("Implemented", FollowUpStatus.IMPLEMENTED),
    PARTLY_IMPLEMENTED("Partly implemented", FollowUpStatus.IN_PROGRESS),
    NOT_IMPLEMENTED("Not implemented", FollowUpStatus.NOT_STARTED),
    NO_LONGER_RELEVANT("No longer relevant", FollowUpStatus.NO_LONGER_RELEVANT);

    private final String label;
    private final FollowUpStatus status;

    Verdict(String label, FollowUpStatus status) {
        this.label = label;
        this.status = status;
    }

    public String label() {
        return label;
    }

    /** The follow-up item's status once this verdict is recorded. */
    public FollowUpStatus status() {
        return status;
    }
}
