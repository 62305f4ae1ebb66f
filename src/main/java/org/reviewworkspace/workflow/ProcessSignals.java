package org.reviewworkspace.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The bridge from BPMN expressions to domain events. The process calls
 * {@code ${reviewStage.reached(execution, 'PLANNING')}} and
 * {@code ${reviewStage.remindAssessor(execution)}}; listeners in the features react within
 * the same transaction.
 */
@Component("reviewStage")
public class ProcessSignals {

    private final ApplicationEventPublisher events;

    ProcessSignals(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Announces that the review of this execution has reached {@code stage}. */
    public void reached(DelegateExecution execution, String stage) {
        events.publishEvent(new ReviewStageReached(execution.getProcessBusinessKey(), ReviewStage.valueOf(stage)));
    }

    /** Announces that the assessor of this execution's assignment is to be reminded. */
    public void remindAssessor(DelegateExecution execution) {
        Object assignmentId = execution.getVariable(ReviewProcess.VAR_ASSIGNMENT_ID);
        events.publishEvent(new AssessorReminderDue(execution.getProcessBusinessKey(), ((Number) assignmentId).longValue()));
    }
}
