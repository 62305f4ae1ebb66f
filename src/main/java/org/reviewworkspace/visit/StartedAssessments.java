package org.reviewworkspace.visit;

/**
 * Whether work on an assignment's assessment has begun (a draft is saved), so that re-planning
 * does not withdraw it. Implemented by the feature that owns assessments; without an
 * implementation every assessment still open counts as not started.
 */
public interface StartedAssessments {

    /** Whether the assessor has saved work on the assessment of this assignment. */
    boolean hasStarted(long assignmentId);
}
