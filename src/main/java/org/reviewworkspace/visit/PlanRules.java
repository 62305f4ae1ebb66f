package org.reviewworkspace.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.TextInput;

/**
 * The rules a visit plan must satisfy, in one place: the form runs them while the coordinator
 * types, the service runs them again before saving, when completing "Plan visit" and when
 * re-planning while the assessments run.
 */
public final class PlanRules {

    /** The longest visit window, in days. */
    public static final int MAX_WINDOW_DAYS = 30;
    /** Longest note of where the visit takes place. */
    public static final int MAX_LOCATION = 200;
    /** The first and last year a visit may take place in: those a review may be started for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final String YEARS_MESSAGE = "Enter a date from " + FIRST_YEAR + " to " + LAST_YEAR;
    /** Longest host contact of an institution visit. */
    public static final int MAX_HOST_CONTACT = 200;
    /** Longest agenda of an institution visit. */
    public static final int MAX_AGENDA = 2000;
    /** Longest title of a meeting with the host organisation. */
    public static final int MAX_MEETING_TITLE = 200;
    /** Longest note of who takes part in a meeting. */
    public static final int MAX_PARTICIPANTS = 1000;

    private PlanRules() {
    }

    /**
     * Collects every problem of {@code form}; {@code assessors} maps the usernames holding the
     * ASSESSOR role to the names people read. A draft is checked only for what would make it inconsistent, a plan to
     * complete for completeness as well.
     */
    public static InvalidInputException.Collector check(PlanForm form, Map<String, String> assessors, boolean complete) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        errors.rejectIf(outsideYears(form.getStartDate()), "startDate", YEARS_MESSAGE);
        errors.rejectIf(outsideYears(form.getEndDate()), "endDate", YEARS_MESSAGE);
        errors.rejectIf(TextInput.tooLong(form.getLocation(), MAX_LOCATION), "location",
                "Keep the location within " + MAX_LOCATION + " characters");
        errors.rejectIf(TextInput.unreadable(form.getLocation()), "location", TextInput.UNREADABLE);
        if (form.getStartDate() != null && form.getEndDate() != null) {
            errors.rejectIf(form.getEndDate().isBefore(form.getStartDate()), "endDate",
                    "The visit cannot end before it starts");
            errors.rejectIf(ChronoUnit.DAYS.between(form.getStartDate(), form.getEndDate()) + 1 > MAX_WINDOW_DAYS,
                    "endDate", "A visit lasts at most " + MAX_WINDOW_DAYS + " days");
        }
        for (String member : form.getMembers()) {
            errors.rejectIf(!assessors.containsKey(member), "members", member + " does not hold the assessor role");
        }
        errors.rejectIf(form.getLead() != null && !form.getMembers().contains(form.getLead()), "lead",
                "The lead must be a member of the delegation");
        List<PlanForm.InstitutionVisit> planned = form.plannedInstitutions();
        for (PlanForm.InstitutionVisit visit : planned) {
            errors.rejectIf(outsideYears(visit.getDate()), visit.field("date"), YEARS_MESSAGE);
            errors.rejectIf(outsideWindow(form, visit.getDate()), visit.field("date"),
                    "This date is outside the visit window");
            checkTimes(errors, visit.getTimeFrom(), visit.getTimeTo(), visit.field("timeFrom"), visit.field("timeTo"));
            errors.rejectIf(visit.getHostContact().length() > MAX_HOST_CONTACT, visit.field("hostContact"),
                    "Keep the host contact within " + MAX_HOST_CONTACT + " characters");
            errors.rejectIf(TextInput.unreadable(visit.getHostContact()), visit.field("hostContact"),
                    TextInput.UNREADABLE);
            errors.rejectIf(visit.getAgenda().length() > MAX_AGENDA, visit.field("agenda"),
                    "Keep the agenda within " + MAX_AGENDA + " characters");
            errors.rejectIf(TextInput.unreadable(visit.getAgenda()), visit.field("agenda"), TextInput.UNREADABLE);
            for (String assessor : visit.getAssessors()) {
                errors.rejectIf(!form.getMembers().contains(assessor), visit.field("assessors"),
                        "Only delegation members can assess");
            }
        }
        for (int i = 0; i < planned.size(); i++) {
            for (int j = i + 1; j < planned.size(); j++) {
                PlanForm.InstitutionVisit a = planned.get(i);
                PlanForm.InstitutionVisit b = planned.get(j);
                if (overlap(a.getDate(), a.getSlot(), a.getTimeFrom(), a.getTimeTo(),
                        b.getDate(), b.getSlot(), b.getTimeFrom(), b.getTimeTo())) {
                    a.getAssessors().stream().filter(b.getAssessors()::contains).findFirst().ifPresent(clash ->
                            errors.reject(b.field("assessors"), assessors.getOrDefault(clash, clash) + " is already at " + a.getLabel()
                                    + " at that time"));
                }
            }
        }
        List<PlanForm.MeetingItem> meetings = form.getMeetings();
        for (int i = 0; i < meetings.size(); i++) {
            PlanForm.MeetingItem meeting = meetings.get(i);
            errors.rejectIf(outsideYears(meeting.getDate()), PlanForm.meetingField(i, "date"), YEARS_MESSAGE);
            errors.rejectIf(outsideWindow(form, meeting.getDate()), PlanForm.meetingField(i, "date"),
                    "This date is outside the visit window");
            checkTimes(errors, meeting.getTimeFrom(), meeting.getTimeTo(), PlanForm.meetingField(i, "timeFrom"),
                    PlanForm.meetingField(i, "timeTo"));
            errors.rejectIf(meeting.getTitle().length() > MAX_MEETING_TITLE, PlanForm.meetingField(i, "title"),
                    "Keep the title within " + MAX_MEETING_TITLE + " characters");
            errors.rejectIf(TextInput.unreadable(meeting.getTitle()), PlanForm.meetingField(i, "title"),
                    TextInput.UNREADABLE);
            errors.rejectIf(meeting.getParticipants().length() > MAX_PARTICIPANTS,
                    PlanForm.meetingField(i, "participants"),
                    "Keep the participants within " + MAX_PARTICIPANTS + " characters");
            errors.rejectIf(TextInput.unreadable(meeting.getParticipants()), PlanForm.meetingField(i, "participants"),
                    TextInput.UNREADABLE);
        }
        if (complete) {
            errors.rejectIf(form.getStartDate() == null, "startDate", "Enter the first day of the visit");
            errors.rejectIf(form.getEndDate() == null, "endDate", "Enter the last day of the visit");
            errors.rejectIf(TextInput.blank(form.getLocation()), "location",
                    "Enter where the visit takes place");
            errors.rejectIf(form.getMembers().isEmpty(), "members", "Choose the delegation");
            errors.rejectIf(form.getLead() == null, "lead", "Choose the lead of the delegation");
            errors.rejectIf(planned.isEmpty(), "institutions", "Plan at least one institution");
            for (PlanForm.InstitutionVisit visit : planned) {
                errors.rejectIf(visit.getDate() == null, visit.field("date"), "Enter the day of this visit");
                errors.rejectIf(visit.getAssessors().isEmpty(), visit.field("assessors"),
                        "Assign at least one assessor to " + visit.getLabel());
            }
            for (int i = 0; i < meetings.size(); i++) {
                errors.rejectIf(TextInput.blank(meetings.get(i).getTitle()), PlanForm.meetingField(i, "title"),
                        "Say what the meeting is, or remove it");
                errors.rejectIf(meetings.get(i).getDate() == null, PlanForm.meetingField(i, "date"),
                        "Enter the day of this meeting");
            }
        }
        return errors;
    }

    private static boolean outsideYears(LocalDate date) {
        return date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR);
    }

    private static boolean outsideWindow(PlanForm form, LocalDate date) {
        return date != null && form.getStartDate() != null && form.getEndDate() != null
                && (date.isBefore(form.getStartDate()) || date.isAfter(form.getEndDate()));
    }

    private static void checkTimes(InvalidInputException.Collector errors, LocalTime from, LocalTime to,
                                   String fromField, String toField) {
        errors.rejectIf(from == null && to != null, fromField, "Enter when it starts, or clear both times");
        errors.rejectIf(from != null && to == null, toField, "Enter when it ends, or clear both times");
        errors.rejectIf(from != null && to != null && !to.isAfter(from), toField, "It must end after it starts");
    }

    /**
     * Whether two appointments overlap: on the same day, by their time ranges where both times are
     * given, otherwise by their slots (a morning ends at noon).
     */
    static boolean overlap(LocalDate dayA, Slot slotA, LocalTime fromA, LocalTime toA,
                           LocalDate dayB, Slot slotB, LocalTime fromB, LocalTime toB) {
        if (dayA == null || !dayA.equals(dayB)) {
            return false;
        }
        LocalTime[] a = span(slotA, fromA, toA);
        LocalTime[] b = span(slotB, fromB, toB);
        return a != null && b != null && a[0].isBefore(b[1]) && b[0].isBefore(a[1]);
    }

    private static LocalTime[] span(Slot slot, LocalTime from, LocalTime to) {
        if (from != null && to != null && to.isAfter(from)) {
            return new LocalTime[] {from, to};
        }
        return slot == null ? null : new LocalTime[] {slot.from(), slot.to()};
    }
}
