package org.reviewworkspace.workflow;

import java.time.Instant;

/**
 * Published synchronously, inside the engine's transaction, when a task of a review's process
 * gets an assignee: created with one, or claimed, delegated or handed to someone later.
 * Unassigning publishes nothing.
 *
 * @param taskId the task's id
 * @param taskKey the task definition key, one of the task constants of {@link ReviewProcess}
 * @param taskName the task's name as the process calls it, e.g. "Assess institution"
 * @param referenceCode the review's reference code (the process business key)
 * @param assignee the username the task is now assigned to
 * @param assignedBy the signed-in user who caused it, or {@code null} when the process did it on its
 *        own (e.g. a timer fired)
 * @param due when the task is due, or {@code null}
 * @param assignmentId the assignment an assessment or chase task belongs to, else {@code null}
 * @param newTask whether the task was created just now with this assignee
 */
public record TaskAssigned(String taskId, String taskKey, String taskName, String referenceCode, String assignee,
                           String assignedBy, Instant due, Long assignmentId, boolean newTask) {

    /** The route of the task's form. */
    public String route() {
        return TaskRoutes.of(taskKey, taskId);
    }

    /** Whether the assignee took the task themselves (a claim), which nobody needs to be told of. */
    public boolean selfAssigned() {
        return assignee.equals(assignedBy);
    }
}
