package org.reviewworkspace.visit;

import java.util.Optional;
import org.reviewworkspace.partnership.InstitutionUsage;
import org.springframework.stereotype.Component;

/** An institution on an itinerary or assigned to an assessor stays in that visit plan: it can be archived, not deleted. */
@Component
class InstitutionsInPlans implements InstitutionUsage {

    private final InstitutionPlansRepository plans;

    InstitutionsInPlans(InstitutionPlansRepository plans) {
        this.plans = plans;
    }

    @Override
    public Optional<String> usageOf(long institutionId) {
        long count = plans.countPlansWith(institutionId);
        return count == 0 ? Optional.empty()
                : Optional.of("is part of " + (count == 1 ? "a visit plan" : count + " visit plans"));
    }
}
