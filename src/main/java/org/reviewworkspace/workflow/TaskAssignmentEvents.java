package org.reviewworkspace.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewworkspace.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's task events into {@link TaskAssigned} and {@link AssessmentOverdue}, so
 * that no feature outside {@code workflow} needs the engine's types. The Camunda Spring Boot
 * starter publishes every task event of every deployed process as a Spring event, synchronously
 * inside the engine command ({@code camunda.bpm.eventing.task}, on by default in 7.24), so what
 * the listeners of those events record commits or rolls back with the command.
 *
 * <p>The engine fires {@code create} and then, if the task has an assignee already,
 * {@code assignment}, one after the other in the same thread; remembering the task created last
 * tells an assignment at creation from a later claim or hand-over.
 */
@Component
class TaskAssignmentEvents {

    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final ThreadLocal<String> justCreated = new ThreadLocal<>();

    TaskAssignmentEvents(ApplicationEventPublisher events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @EventListener
    void on(DelegateTask task) {
        String event = task.getEventName();
        boolean created = TaskListener.EVENTNAME_CREATE.equals(event);
        if (!(created || TaskListener.EVENTNAME_ASSIGNMENT.equals(event))
                || !ReviewProcess.KEY.equals(processKey(task))) {
            return;
        }
        if (created) {
            if (task.getAssignee() != null) {
                justCreated.set(task.getId());
            } else {
                justCreated.remove();
            }
            return;
        }
        boolean newTask = task.getId().equals(justCreated.get());
        justCreated.remove();
        if (task.getAssignee() == null) {
            return;
        }
        String referenceCode = task.getExecution().getProcessBusinessKey();
        Object assignmentId = task.getVariable(ReviewProcess.VAR_ASSIGNMENT_ID);
        Long assignment = assignmentId == null ? null : ((Number) assignmentId).longValue();
        if (newTask && ReviewProcess.CHASE_OVERDUE_ASSESSMENT.equals(task.getTaskDefinitionKey())) {
            events.publishEvent(new AssessmentOverdue(referenceCode, assignment, task.getId(), task.getAssignee()));
            return;
        }
        events.publishEvent(new TaskAssigned(task.getId(), task.getTaskDefinitionKey(), task.getName(), referenceCode,
                task.getAssignee(), currentUser.signedIn().orElse(null),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), assignment, newTask));
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? null : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
