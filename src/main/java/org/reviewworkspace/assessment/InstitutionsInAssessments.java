package org.reviewworkspace.assessment;

import java.util.Optional;
import org.reviewworkspace.partnership.InstitutionUsage;
import org.springframework.stereotype.Component;

/** An institution that has been assessed stays in the record of those reviews: it can be archived, not deleted. */
@Component
class InstitutionsInAssessments implements InstitutionUsage {

    private final InstitutionAssessmentsRepository assessments;

    InstitutionsInAssessments(InstitutionAssessmentsRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public Optional<String> usageOf(long institutionId) {
        long count = assessments.countByInstitutionId(institutionId);
        return count == 0 ? Optional.empty()
                : Optional.of("has " + count + (count == 1 ? " assessment" : " assessments"));
    }
}
