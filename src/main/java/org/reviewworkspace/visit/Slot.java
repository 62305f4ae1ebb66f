package org.reviewworkspace.visit;

/** Part of a visit day an institution is visited in. */
public enum Slot {
    MORNING("Morning"), AFTERNOON("Afternoon"), FULL_DAY("Full day");

    private final String label;

    Slot(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether two slots of the same day overlap. */
    public boolean overlaps(Slot other) {
        return this == other || this == FULL_DAY || other == FULL_DAY;
    }
}
