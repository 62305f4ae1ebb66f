package org.reviewworkspace.signoff;

/** What an approver decides on a findings set. */
public enum Decision {
    APPROVED("Approved"), CHANGES_REQUESTED("Changes requested"), REJECTED("Rejected");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
