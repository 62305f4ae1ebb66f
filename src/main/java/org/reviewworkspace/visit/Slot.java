package org.reviewworkspace.visit;

import java.time.LocalTime;

/** Part of a visit day an institution is visited in. */
public enum Slot {
    MORNING("Morning", LocalTime.MIDNIGHT, LocalTime.NOON),
    AFTERNOON("Afternoon", LocalTime.NOON, LocalTime.MAX),
    FULL_DAY("Full day", LocalTime.MIDNIGHT, LocalTime.MAX);

    private final String label;
    private final LocalTime from;
    private final LocalTime to;

    Slot(String label, LocalTime from, LocalTime to) {
        this.label = label;
        this.from = from;
        this.to = to;
    }

    public String label() {
        return label;
    }

    /** Whether two slots of the same day overlap. */
    public boolean overlaps(Slot other) {
        return this == other || this == FULL_DAY || other == FULL_DAY;
    }

    /** Where the slot begins, for comparing it with an explicit time range. */
    LocalTime from() {
        return from;
    }

    /** Where the slot ends (exclusive). */
    LocalTime to() {
        return to;
    }
}
