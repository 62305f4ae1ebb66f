package org.reviewworkspace.bench.raw;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.reviewworkspace.bench.StepTimes;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.context.ApplicationContext;

/**
 * One review cycle of {@code bpmn/review-cycle.bpmn} through {@link RuntimeService} and
 * {@link TaskService} alone: start by business key, complete "Plan visit" with the variables our
 * services set, the six assessments, claim and complete consolidation and sign-off (APPROVED).
 * Each task is found by a query, as a user's inbox would find it.
 */
public final class RawCycle {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    public RawCycle(ApplicationContext context) {
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.history = context.getBean(HistoryService.class);
    }

    /** Runs the cycle of a review with reference code {@code businessKey} to its end. */
    public void run(String businessKey) {
        run(businessKey, StepTimes.NONE);
    }

    /** Runs the cycle, adding the time of each step to {@code steps}; named as {@code CycleBenchmark} names them. */
    public void run(String businessKey, StepTimes steps) {
        steps.time("start", () -> runtime.startProcessInstanceByKey(ReviewProcess.KEY, businessKey,
                Map.of(ReviewProcess.VAR_COORDINATOR, "coordinator")));
        Instant due = Instant.now().plus(48, ChronoUnit.DAYS);
        steps.time("plan", () -> tasks.complete(only(businessKey, ReviewProcess.PLAN_VISIT).getId(), Map.of(
                ReviewProcess.VAR_LEAD, "lead",
                ReviewProcess.VAR_ASSESSMENT_DUE, Date.from(due),
                ReviewProcess.VAR_ASSESSMENT_REMINDER, Date.from(due.minus(2, ChronoUnit.DAYS)))));
        steps.time("6 assessments", () -> {
            for (Task assessment : query(businessKey, ReviewProcess.ASSESS_INSTITUTION).list()) {
                tasks.complete(assessment.getId());
            }
        });
        steps.time("consolidation", () -> {
            Task consolidation = only(businessKey, ReviewProcess.CONSOLIDATE_FINDINGS);
            tasks.claim(consolidation.getId(), "coordinator");
            tasks.complete(consolidation.getId());
        });
        steps.time("sign-off and publication", () -> {
            Task signOff = only(businessKey, ReviewProcess.SIGN_OFF_FINDINGS);
            tasks.claim(signOff.getId(), "approver");
            tasks.complete(signOff.getId(), Map.of(ReviewProcess.VAR_SIGN_OFF_DECISION,
                    ReviewProcess.SignOffDecision.APPROVED.name()));
        });
        steps.cycleDone();
        boolean ended = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .finished().count() == 1;
        if (!ended) {
            throw new IllegalStateException("The raw cycle of " + businessKey + " did not end");
        }
    }

    private Task only(String businessKey, String key) {
        Task task = query(businessKey, key).singleResult();
        if (task == null) {
            throw new IllegalStateException("No " + key + " task for " + businessKey);
        }
        return task;
    }

    private TaskQuery query(String businessKey, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key);
    }
}
