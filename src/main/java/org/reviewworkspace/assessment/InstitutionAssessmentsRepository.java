package org.reviewworkspace.assessment;

import org.springframework.data.repository.Repository;

/** Whether assessments refer to an institution; see {@link InstitutionsInAssessments}. */
interface InstitutionAssessmentsRepository extends Repository<Assessment, Long> {

    long countByInstitutionId(Long institutionId);
}
