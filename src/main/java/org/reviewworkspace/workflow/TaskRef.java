package org.reviewworkspace.workflow;

import java.time.Instant;

/**
 * An open user task of a review's process, as features need it.
 *
 * @param key the task definition key, one of the task constants of {@link ReviewProcess}
 * @param referenceCode the review's reference code (the business key)
 * @param followUp when its holder wants to look at it again, or {@code null}
 * @param assignmentId the assignment an assessment or chase task belongs to, else {@code null}
 */
public record TaskRef(String id, String key, String name, String referenceCode, String assignee,
                      Instant created, Instant due, Instant followUp, Long assignmentId) {

    /** The route of the task's form, {@code tasks/<key>/<id>}; every task form declares its route so. */
    public String route() {
        return TaskRoutes.of(key, id);
    }

    /** Whether the process offers this kind of task to several people rather than giving it to one. */
    public boolean shared() {
        return ReviewProcess.OFFERED_TO_SEVERAL.contains(key);
    }
}
