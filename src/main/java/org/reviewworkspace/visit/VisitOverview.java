package org.reviewworkspace.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The visit of a review as its workspace shows it: window, place, the itinerary day by day, the
 * meetings with the host organisation and who assesses which institution.
 *
 * @param assessmentsDue when the assessments are due, or {@code null} before planning completes
 */
public record VisitOverview(LocalDate start, LocalDate end, String location, Instant assessmentsDue,
                            List<Stop> itinerary, List<AssignmentInfo> assignments, List<MeetingSlot> meetings) {

    /** A meeting with the host organisation, e.g. with the chair of PAEC. */
    public record MeetingSlot(LocalDate date, Slot slot, LocalTime startTime, LocalTime endTime, String title,
                              String participants) {
    }

    /**
     * One stop of the itinerary.
     *
     * @param startTime when the visit starts, if a time range was planned, else {@code null}
     * @param hostContact who receives the delegation, or {@code null}
     */
    public record Stop(LocalDate date, Slot slot, Long institutionId, String institutionAcronym,
                       String institutionName, List<String> assessorNames, LocalTime startTime, LocalTime endTime,
                       String hostContact, String agenda) {
    }

    /** Whether nothing has been planned yet. */
    public boolean isEmpty() {
        return start == null && itinerary.isEmpty();
    }
}
