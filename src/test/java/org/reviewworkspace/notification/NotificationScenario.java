package org.reviewworkspace.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.boot.test.context.TestComponent;

/**
 * Fixtures of the notification tests: a fresh review of the reference scenario, planned with a
 * visit on 24–28 August 2025, so its six assessments are due on 11 September 2025 at 17:00 UTC
 * (reminder two days before); and the engine's timers fired as the job executor would at that time.
 * A fresh review per test keeps the demo's 2025 review as other tests expect it. Tests
 * {@code @Import} it.
 */
@TestComponent
public class NotificationScenario {

    public static final LocalDate VISIT_START = LocalDate.of(2025, 8, 24);
    public static final Instant REMINDER_AT = Instant.parse("2025-09-09T17:00:00Z");
    public static final Instant DUE_AT = Instant.parse("2025-09-11T17:00:00Z");
    public static final String REMINDER_TIMER = "AssessmentReminderTimer";
    public static final String OVERDUE_TIMER = "AssessmentOverdueTimer";

    private static int nextYear = 2040;

    private final ReferenceScenario scenario;
    private final PartnershipService partnerships;
    private final Acting acting;
    private final AssessmentService assessments;
    private final Workflow workflow;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService jobs;

    NotificationScenario(ReferenceScenario scenario, PartnershipService partnerships, Acting acting,
                         AssessmentService assessments, Workflow workflow, RuntimeService runtime, TaskService tasks,
                         ManagementService jobs) {
        this.scenario = scenario;
        this.partnerships = partnerships;
        this.acting = acting;
        this.assessments = assessments;
        this.workflow = workflow;
        this.runtime = runtime;
        this.tasks = tasks;
        this.jobs = jobs;
    }

    /** A new review of the CERN–Pakistan partnership whose six assessments are under way. */
    public ReviewSummary reviewBeingAssessed() {
        PartnershipSummary partnership = acting.as("coordinator", () -> partnerships.partnerships().stream()
                .filter(p -> p.name().equals(ReferenceScenario.PARTNERSHIP)).findFirst().orElseThrow());
        ReviewSummary review = scenario.startReview(partnership, nextYear++, "Follow-up review",
                "Follow up the recommendations of the 2025 review.");
        scenario.draftPlan(review, VISIT_START, true);
        return review;
    }

    /** Fires the timers {@code timerId} of a review's assessments as the job executor would at {@code at}. */
    public void fireTimers(ReviewSummary review, String timerId, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        for (Job job : timers(review, timerId)) {
            jobs.executeJob(job.getId());
        }
    }

    /** The timers {@code timerId} still waiting in a review's process. */
    public List<Job> timers(ReviewSummary review, String timerId) {
        String processInstanceId = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(review.referenceCode()).singleResult().getId();
        return jobs.createJobQuery().processInstanceId(processInstanceId).timers().activityId(timerId).list();
    }

    /** The open task of kind {@code key} assigned to {@code assignee} in a review. */
    public TaskRef openTask(ReviewSummary review, String key, String assignee) {
        return workflow.openTasks(review.referenceCode()).stream()
                .filter(t -> t.key().equals(key) && assignee.equals(t.assignee())).findFirst().orElseThrow();
    }

    /** All open tasks of kind {@code key} in a review, as the engine has them. */
    public List<Task> engineTasks(ReviewSummary review, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(review.referenceCode()).taskDefinitionKey(key).list();
    }

    /** The assessor submits their complete assessment of the task {@code taskId}. */
    public void submit(String assessor, String taskId, String institution) {
        acting.run(assessor, () -> {
            AssessmentForm form = assessments.openAssessment(taskId).form();
            form.getScores().forEach(score -> {
                score.setScore(4);
                score.setRationale("Seen in the workshops during the visit.");
            });
            form.setNarrative("The delegation toured the workshops of " + institution + ".");
            form.setFindings(new ArrayList<>(List.of(new FindingDraft(FindingType.STRENGTH, Priority.MEDIUM,
                    institution + " supplies components to collaboration experiments."))));
            assessments.submit(taskId, form);
        });
    }
}
