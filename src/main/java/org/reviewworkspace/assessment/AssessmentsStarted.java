package org.reviewworkspace.assessment;

import org.reviewworkspace.visit.StartedAssessments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells re-planning that an assessment has begun once its assessor saved anything of it. */
@Component
class AssessmentsStarted implements StartedAssessments {

    private final AssessmentRepository assessments;

    AssessmentsStarted(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasStarted(long assignmentId) {
        return assessments.findByAssignmentId(assignmentId).isPresent();
    }
}
