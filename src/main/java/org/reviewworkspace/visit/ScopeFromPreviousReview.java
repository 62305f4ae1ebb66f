package org.reviewworkspace.visit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a review starts from the previous one, its plan draft lists the institutions visited
 * then, with the same assessors and the same place; dates are left for the coordinator to set.
 * Institutions archived since are left out.
 */
@Component
class ScopeFromPreviousReview {

    private final VisitPlanRepository plans;
    private final PartnershipService partnerships;

    ScopeFromPreviousReview(VisitPlanRepository plans, PartnershipService partnerships) {
        this.plans = plans;
        this.partnerships = partnerships;
    }

    @EventListener
    void reviewStarted(ReviewStarted event) {
        if (event.scopeSource() == null) {
            return;
        }
        plans.findByReviewId(event.scopeSource()).ifPresent(previous -> {
            Set<Long> plannable = previousInstitutionsStillPlannable(previous);
            Map<Long, Set<String>> assessors = previous.assignments().stream().collect(Collectors.groupingBy(
                    Assignment::institutionId, Collectors.mapping(Assignment::assessor,
                            Collectors.toCollection(LinkedHashSet::new))));
            List<PlanForm.InstitutionVisit> visits = previous.itinerary().stream()
                    .filter(entry -> plannable.contains(entry.institutionId()))
                    .map(entry -> {
                        PlanForm.InstitutionVisit visit = new PlanForm.InstitutionVisit(entry.institutionId(), null);
                        visit.setPlanned(true);
                        visit.setSlot(entry.slot());
                        visit.setAssessors(assessors.getOrDefault(entry.institutionId(), Set.of()));
                        return visit;
                    }).toList();
            VisitPlan plan = new VisitPlan(event.reviewId());
            plan.update(null, null, previous.location());
            plan.replaceInstitutions(visits);
            plans.save(plan);
        });
    }

    private Set<Long> previousInstitutionsStillPlannable(VisitPlan previous) {
        Set<Long> planned = previous.itinerary().stream().map(ItineraryEntry::institutionId).collect(Collectors.toSet());
        return partnerships.institutions(planned).values().stream().map(InstitutionSummary::partnershipId).findFirst()
                .map(partnershipId -> partnerships.plannableInstitutions(partnershipId).stream()
                        .map(InstitutionSummary::id).filter(planned::contains).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
