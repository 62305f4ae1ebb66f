package org.reviewworkspace.workflow;

/**
 * Published synchronously, inside the engine's transaction, when an assessment passes its due
 * date while still open: the process has just given the coordinator "Chase overdue assessment".
 * No {@link TaskAssigned} is published for that new chase task; this event says more.
 *
 * @param referenceCode the review's reference code
 * @param assignmentId the assignment whose assessment is overdue
 * @param chaseTaskId the id of the coordinator's new "Chase overdue assessment" task
 * @param coordinator the username the chase task is assigned to
 */
public record AssessmentOverdue(String referenceCode, Long assignmentId, String chaseTaskId, String coordinator) {

    /** The route of the chase task's form. */
    public String chaseRoute() {
        return TaskRoutes.of(ReviewProcess.CHASE_OVERDUE_ASSESSMENT, chaseTaskId);
    }
}
