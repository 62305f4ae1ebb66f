package org.reviewworkspace.workflow;

import java.util.List;

/**
 * What the process asks of the visit plan when the assessments begin; implemented by the
 * feature that owns assignments and exposed to the BPMN as the bean {@code assessmentAssignments}.
 */
public interface AssessmentAssignments {

    /** The ids of the assignments of a review, one assessment task each. */
    List<Long> forReview(String referenceCode);

    /** The username of the assessor who holds an assignment. */
    String assessorOf(Long assignmentId);

    /** The acronym and name of the institution an assignment assesses, e.g. "NCP National Centre for Physics". */
    String institutionOf(Long assignmentId);
}
