package org.reviewworkspace.visit;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.reviewworkspace.base.InvalidInputException;

/**
 * The rules a visit plan must satisfy before the assessments can begin. The form runs them
 * while the coordinator types; the service runs them again before saving.
 */
public final class PlanRules {

    /** The longest visit window, in days. */
    public static final int MAX_WINDOW_DAYS = 30;

    private PlanRules() {
    }

    /**
     * Collects every problem of {@code form}; {@code assessors} are the usernames holding the
     * ASSESSOR role. A draft is checked only for what would make it inconsistent, a plan to
     * complete for completeness as well.
     */
    public static InvalidInputException.Collector check(PlanForm form, Set<String> assessors, boolean complete) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (form.getStartDate() != null && form.getEndDate() != null) {
            errors.rejectIf(form.getEndDate().isBefore(form.getStartDate()), "endDate",
                    "The visit cannot end before it starts");
            errors.rejectIf(ChronoUnit.DAYS.between(form.getStartDate(), form.getEndDate()) + 1 > MAX_WINDOW_DAYS,
                    "endDate", "A visit lasts at most " + MAX_WINDOW_DAYS + " days");
        }
        for (String member : form.getMembers()) {
            errors.rejectIf(!assessors.contains(member), "members", member + " does not hold the assessor role");
        }
        errors.rejectIf(form.getLead() != null && !form.getMembers().contains(form.getLead()), "lead",
                "The lead must be a member of the delegation");
        List<PlanForm.InstitutionVisit> planned = form.plannedInstitutions();
        for (PlanForm.InstitutionVisit visit : planned) {
            if (visit.getDate() != null && form.getStartDate() != null && form.getEndDate() != null) {
                errors.rejectIf(visit.getDate().isBefore(form.getStartDate()) || visit.getDate().isAfter(form.getEndDate()),
                        visit.field("date"), "This date is outside the visit window");
            }
            for (String assessor : visit.getAssessors()) {
                errors.rejectIf(!form.getMembers().contains(assessor), visit.field("assessors"),
                        "Only delegation members can assess");
            }
        }
        for (int i = 0; i < planned.size(); i++) {
            for (int j = i + 1; j < planned.size(); j++) {
                PlanForm.InstitutionVisit a = planned.get(i);
                PlanForm.InstitutionVisit b = planned.get(j);
                if (a.getDate() != null && a.getDate().equals(b.getDate()) && a.getSlot() != null
                        && b.getSlot() != null && a.getSlot().overlaps(b.getSlot())) {
                    a.getAssessors().stream().filter(b.getAssessors()::contains).findFirst().ifPresent(clash ->
                            errors.reject(b.field("assessors"), clash + " is already at " + a.getLabel()
                                    + " at that time"));
                }
            }
        }
        if (complete) {
            errors.rejectIf(form.getStartDate() == null, "startDate", "Enter the first day of the visit");
            errors.rejectIf(form.getEndDate() == null, "endDate", "Enter the last day of the visit");
            errors.rejectIf(form.getLocation() == null || form.getLocation().isBlank(), "location",
                    "Enter where the visit takes place");
            errors.rejectIf(form.getMembers().isEmpty(), "members", "Choose the delegation");
            errors.rejectIf(form.getLead() == null, "lead", "Choose the lead of the delegation");
            errors.rejectIf(planned.isEmpty(), "institutions", "Plan at least one institution");
            for (PlanForm.InstitutionVisit visit : planned) {
                errors.rejectIf(visit.getDate() == null, visit.field("date"), "Enter the day of this visit");
                errors.rejectIf(visit.getAssessors().isEmpty(), visit.field("assessors"),
                        "Assign at least one assessor to " + visit.getLabel());
            }
        }
        return errors;
    }
}
