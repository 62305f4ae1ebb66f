package org.reviewworkspace.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every task its review's reference code, and every assessment and chase task its
 * assignment and the institution it concerns, as task variables: the inbox searches tasks by
 * institution in the engine's own query, page by page, and reads a page's reviews and
 * assignments in one query. The assignment id lives on the task's execution, where the task
 * query cannot see it and which is gone once the task is completed; the business key lives on
 * the process instance, which would take another query.
 */
@Component
class TaskSearchLabels {

    private final AssessmentAssignments assignments;

    TaskSearchLabels(AssessmentAssignments assignments) {
        this.assignments = assignments;
    }

    /** Camunda's Spring Boot starter publishes every task event; ours is the moment a task is created. */
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
    void labelNewTask(DelegateTask task) {
        String referenceCode = task.getExecution().getProcessBusinessKey();
        if (referenceCode != null) {
            task.setVariableLocal(ReviewProcess.VAR_TASK_REVIEW, referenceCode);
        }
        if (!ReviewProcess.ASSESS_INSTITUTION.equals(task.getTaskDefinitionKey())
                && !ReviewProcess.CHASE_OVERDUE_ASSESSMENT.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Object assignmentId = task.getExecution().getVariable(ReviewProcess.VAR_ASSIGNMENT_ID);
        if (assignmentId != null) {
            task.setVariableLocal(ReviewProcess.VAR_TASK_ASSIGNMENT, ((Number) assignmentId).longValue());
            task.setVariableLocal(ReviewProcess.VAR_TASK_INSTITUTION,
                    assignments.institutionOf(((Number) assignmentId).longValue()).toLowerCase());
        }
    }
}
