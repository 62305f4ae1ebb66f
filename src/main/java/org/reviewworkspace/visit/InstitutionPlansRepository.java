package org.reviewworkspace.visit;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Which visit plans refer to an institution; see {@link InstitutionsInPlans}. */
interface InstitutionPlansRepository extends Repository<VisitPlan, Long> {

    @Query("""
            select count(p) from VisitPlan p
            where exists (select 1 from ItineraryEntry e where e.visitPlan = p and e.institutionId = :institutionId)
               or exists (select 1 from Assignment a where a.visitPlan = p and a.institutionId = :institutionId)""")
    long countPlansWith(Long institutionId);
}
