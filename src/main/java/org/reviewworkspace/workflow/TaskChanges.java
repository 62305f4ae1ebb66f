package org.reviewworkspace.workflow;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.reviewworkspace.live.Change;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces every task that is created, assigned, completed or withdrawn as a
 * {@link Change.Kind#TASKS} change of its review, so that no feature has to remember to.
 *
 * <p>The Camunda Spring Boot starter publishes each task event as a Spring event
 * ({@code camunda.bpm.eventing.task}, on by default), synchronously inside the engine's
 * command and so inside the transaction of the action; the change published here therefore goes
 * out only if that transaction commits. The starter's {@code TaskEvent} snapshot lacks the
 * business key, hence the live {@link DelegateTask}, read here and nowhere later. Candidate users
 * and groups are not in the event, so the change concerns anybody; inbox queries decide who sees
 * what.
 */
@Component
class TaskChanges {

    private static final Set<String> ANNOUNCED = Set.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);

    private final ApplicationEventPublisher events;

    TaskChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(DelegateTask task) {
        if (ANNOUNCED.contains(task.getEventName())) {
            DelegateExecution execution = task.getExecution();
            String referenceCode = execution == null ? null : execution.getProcessBusinessKey();
            events.publishEvent(new Change(Change.Kind.TASKS, referenceCode, Set.of()));
        }
    }
}
