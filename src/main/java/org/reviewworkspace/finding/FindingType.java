package org.reviewworkspace.finding;

/** What a finding says about an institution. */
public enum FindingType {
    STRENGTH("Strength"), CONCERN("Concern"), RECOMMENDATION("Recommendation");

    private final String label;

    FindingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
