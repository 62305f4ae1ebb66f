package org.reviewworkspace.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.reviewworkspace.workflow.ReviewProcess.ASSESSMENT_STAGE;
import static org.reviewworkspace.workflow.ReviewProcess.ASSESS_INSTITUTION;
import static org.reviewworkspace.workflow.ReviewProcess.CHASE_OVERDUE_ASSESSMENT;
import static org.reviewworkspace.workflow.ReviewProcess.CONSOLIDATE_FINDINGS;
import static org.reviewworkspace.workflow.ReviewProcess.PLAN_VISIT;
import static org.reviewworkspace.workflow.ReviewProcess.PUBLISH_REPORT;
import static org.reviewworkspace.workflow.ReviewProcess.REMIND_ASSESSOR;
import static org.reviewworkspace.workflow.ReviewProcess.SIGN_OFF_FINDINGS;
import static org.reviewworkspace.workflow.ReviewProcess.VAR_ASSESSMENT_DUE;
import static org.reviewworkspace.workflow.ReviewProcess.VAR_ASSESSMENT_REMINDER;
import static org.reviewworkspace.workflow.ReviewProcess.VAR_ASSIGNMENT_ID;
import static org.reviewworkspace.workflow.ReviewProcess.VAR_COORDINATOR;
import static org.reviewworkspace.workflow.ReviewProcess.VAR_LEAD;
import static org.reviewworkspace.workflow.ReviewProcess.VAR_SIGN_OFF_DECISION;
import static org.reviewworkspace.workflow.ReviewStage.ASSESSING;
import static org.reviewworkspace.workflow.ReviewStage.AWAITING_SIGN_OFF;
import static org.reviewworkspace.workflow.ReviewStage.CANCELLED;
import static org.reviewworkspace.workflow.ReviewStage.CHANGES_REQUESTED;
import static org.reviewworkspace.workflow.ReviewStage.CONSOLIDATING;
import static org.reviewworkspace.workflow.ReviewStage.PLANNING;
import static org.reviewworkspace.workflow.ReviewStage.PUBLISHED;
import static org.reviewworkspace.workflow.ReviewStage.REJECTED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewworkspace.workflow.ReviewProcess.SignOffDecision;

/**
 * Runs {@code bpmn/review-cycle.bpmn} on an in-memory engine (see {@code camunda.cfg.xml}) with
 * hand-written stand-ins for the {@code reviewStage} and {@code assessmentAssignments} beans.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/review-cycle.bpmn")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReviewCycleProcessTest {

    private static final String REFERENCE_CODE = "REV-2025-PK-01";
    private static final String COORDINATOR = "coordinator";
    private static final String LEAD = "lead";

    /** Timeline of the review: planned early October, visit 13–17 October, assessments due 14 days later. */
    private static final Date REVIEW_REQUESTED_AT = at("2025-10-01T08:00:00Z");
    private static final Date ASSESSMENT_REMINDER = at("2025-10-29T08:00:00Z");
    private static final Date ASSESSMENT_DUE = at("2025-10-31T16:00:00Z");

    /** The six institutions visited, by assignment id, with the assessor who holds each assignment. */
    private static final Map<Long, String> ASSESSORS = orderedMap(
            1L, LEAD,
            2L, "assessor1",
            3L, "assessor2",
            4L, "assessor3",
            5L, "assessor4",
            6L, LEAD);

    /** Element ids of the model that {@link ReviewProcess} does not need to name. */
    private static final String REVIEW_PUBLISHED = "ReviewPublished";
    private static final String REVIEW_REJECTED = "ReviewRejected";
    private static final String REVIEW_CANCELLED = "ReviewCancelled";
    private static final String CANCELLATION_REQUESTED = "ReviewCancellationRequested";
    private static final String ASSESSMENT_SUBMITTED = "AssessmentSubmitted";
    private static final String ASSESSOR_REMINDED = "AssessorReminded";
    private static final String OVERDUE_ASSESSMENT_CHASED = "OverdueAssessmentChased";
    private static final String REMINDER_TIMER = "AssessmentReminderTimer";
    private static final String APPROVER = "approver";
    private static final String SECOND_APPROVER = "approver2";
    /** An approver the four-eyes rule keeps out, e.g. because they raised findings. */
    private static final String EXCLUDED_APPROVER = "approver3";
    private static final List<String> INDEPENDENT_APPROVERS = List.of(APPROVER, SECOND_APPROVER);
    private static final String OVERDUE_TIMER = "AssessmentOverdueTimer";

    private RecordingReviewStage reviewStage;

    /** The engine of this test; set by the extension. Other tests in the same JVM may have engines of their own. */
    ProcessEngine processEngine;

    @BeforeEach
    void registerBeansAndSetClock() {
        BpmnAwareTests.init(processEngine);
        reviewStage = new RecordingReviewStage();
        Mocks.register("reviewStage", reviewStage);
        Mocks.register("assessmentAssignments", new FixedAssessmentAssignments(Map.of(REFERENCE_CODE, ASSESSORS)));
        Mocks.register("signOffCandidates", (SignOffCandidates) referenceCode -> INDEPENDENT_APPROVERS);
        ClockUtil.setCurrentTime(REVIEW_REQUESTED_AT);
    }

    @AfterEach
    void resetBeansAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ---------------------------------------------------------------------------------------------
    // Happy path and sign-off outcomes
    // ---------------------------------------------------------------------------------------------

    @Test
    void an_approved_review_is_planned_assessed_consolidated_signed_off_and_published() {
        // Given a review has been requested
        ProcessInstance review = startReview();
        assertThat(review).isWaitingAtExactly(PLAN_VISIT);
        assertThat(task(PLAN_VISIT, review)).isAssignedTo(COORDINATOR);
        assertThat(reviewStage.stages()).containsExactly(PLANNING);

        // When the coordinator has planned the visit
        planVisit(review);

        // Then one assessment per institution is assigned to the assessor holding the assignment, due after the visit
        assertThat(review).isWaitingAt(ASSESS_INSTITUTION).isNotWaitingAt(CHASE_OVERDUE_ASSESSMENT, CONSOLIDATE_FINDINGS);
        List<Task> assessments = assessmentTasks(review);
        assertThat(assessments).hasSize(6);
        Map<Long, String> assigneeByAssignment = new LinkedHashMap<>();
        for (Task assessment : assessments) {
            assigneeByAssignment.put(assignmentIdOf(assessment), assessment.getAssignee());
            assertThat(assessment).hasDueDate(ASSESSMENT_DUE).hasName("Assess institution");
        }
        assertThat(assigneeByAssignment).containsExactlyInAnyOrderEntriesOf(ASSESSORS);
        assertThat(jobQuery().processInstanceId(review.getId()).activityId(REMINDER_TIMER).list())
                .hasSize(6).extracting(Job::getDuedate).containsOnly(ASSESSMENT_REMINDER);
        assertThat(jobQuery().processInstanceId(review.getId()).activityId(OVERDUE_TIMER).list())
                .hasSize(6).extracting(Job::getDuedate).containsOnly(ASSESSMENT_DUE);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING);

        // When the first assessment is submitted
        complete(assessmentTaskOf(review, 1L));

        // Then only that assessment is done and the stage keeps waiting for the other five
        assertThat(review).isWaitingAt(ASSESS_INSTITUTION).isNotWaitingAt(CHASE_OVERDUE_ASSESSMENT, CONSOLIDATE_FINDINGS).hasPassed(ASSESSMENT_SUBMITTED);
        assertThat(assessmentTasks(review)).extracting(ReviewCycleProcessTest::assignmentIdOf)
                .containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING);

        // When the remaining assessments are submitted
        submitAllAssessments(review);

        // Then the findings can be consolidated by the coordinator or the lead, and no timer is left
        assertThat(review).isWaitingAtExactly(CONSOLIDATE_FINDINGS).hasPassed(ASSESSMENT_STAGE);
        assertThat(task(CONSOLIDATE_FINDINGS, review)).isNotAssigned().hasCandidateUser(COORDINATOR).hasCandidateUser(LEAD);
        assertThat(jobQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CONSOLIDATING);

        // When the findings are consolidated
        complete(task(CONSOLIDATE_FINDINGS, review));

        // Then the approvers the four-eyes rule leaves are asked to sign them off
        assertThat(review).isWaitingAtExactly(SIGN_OFF_FINDINGS);
        assertThat(task(SIGN_OFF_FINDINGS, review)).isNotAssigned().hasCandidateUser(APPROVER)
                .hasCandidateUser(SECOND_APPROVER);
        assertThat(taskQuery().taskCandidateUser(EXCLUDED_APPROVER).count()).isZero();
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CONSOLIDATING, AWAITING_SIGN_OFF);

        // When the approver approves
        signOff(review, SignOffDecision.APPROVED);

        // Then the report is published and the review ends
        assertThat(review).isEnded()
                .hasPassedInOrder(PLAN_VISIT, ASSESSMENT_STAGE, CONSOLIDATE_FINDINGS, SIGN_OFF_FINDINGS, PUBLISH_REPORT, REVIEW_PUBLISHED)
                .hasNotPassed(REVIEW_REJECTED, REVIEW_CANCELLED, REMIND_ASSESSOR, CHASE_OVERDUE_ASSESSMENT);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CONSOLIDATING, AWAITING_SIGN_OFF, PUBLISHED);
        assertThat(reviewStage.referenceCodes()).containsOnly(REFERENCE_CODE);
        assertThat(reviewStage.remindedAssignments()).isEmpty();
    }

    @Test
    void a_review_sent_back_for_changes_is_consolidated_again_and_signed_off_in_a_second_round() {
        // Given the findings of a review await sign-off
        ProcessInstance review = startReview();
        planVisit(review);
        submitAllAssessments(review);
        complete(task(CONSOLIDATE_FINDINGS, review));

        // When the approver requests changes
        signOff(review, SignOffDecision.CHANGES_REQUESTED);

        // Then the findings go back to the coordinator and the lead for consolidation
        assertThat(review).isWaitingAtExactly(CONSOLIDATE_FINDINGS).hasNotPassed(PUBLISH_REPORT);
        assertThat(task(CONSOLIDATE_FINDINGS, review)).hasCandidateUser(COORDINATOR).hasCandidateUser(LEAD);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CONSOLIDATING, AWAITING_SIGN_OFF, CHANGES_REQUESTED);

        // When the findings are consolidated again
        complete(task(CONSOLIDATE_FINDINGS, review));

        // Then they await a second sign-off
        assertThat(review).isWaitingAtExactly(SIGN_OFF_FINDINGS);
        assertThat(task(SIGN_OFF_FINDINGS, review)).hasCandidateUser(APPROVER);
        assertThat(reviewStage.stages()).endsWith(CHANGES_REQUESTED, AWAITING_SIGN_OFF);

        // When the approver approves this time
        signOff(review, SignOffDecision.APPROVED);

        // Then the report is published after two rounds of consolidation and sign-off
        assertThat(review).isEnded().hasPassed(PUBLISH_REPORT, REVIEW_PUBLISHED).hasNotPassed(REVIEW_REJECTED);
        assertThat(completedTaskCount(review, CONSOLIDATE_FINDINGS)).isEqualTo(2);
        assertThat(completedTaskCount(review, SIGN_OFF_FINDINGS)).isEqualTo(2);
        assertThat(reviewStage.stages()).containsExactly(
                PLANNING, ASSESSING, CONSOLIDATING, AWAITING_SIGN_OFF, CHANGES_REQUESTED, AWAITING_SIGN_OFF, PUBLISHED);
    }

    @Test
    void a_rejected_review_ends_without_a_published_report() {
        // Given the findings of a review await sign-off
        ProcessInstance review = startReview();
        planVisit(review);
        submitAllAssessments(review);
        complete(task(CONSOLIDATE_FINDINGS, review));

        // When the approver rejects them
        signOff(review, SignOffDecision.REJECTED);

        // Then the review ends as rejected
        assertThat(review).isEnded().hasPassed(REVIEW_REJECTED).hasNotPassed(PUBLISH_REPORT, REVIEW_PUBLISHED);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CONSOLIDATING, AWAITING_SIGN_OFF, REJECTED);
    }

    // ---------------------------------------------------------------------------------------------
    // Cancellation
    // ---------------------------------------------------------------------------------------------

    @Test
    void a_review_cancelled_while_being_assessed_ends_with_no_open_tasks_or_timers() {
        // Given a review whose assessments are under way, one of them already submitted
        ProcessInstance review = startReview();
        planVisit(review);
        complete(assessmentTaskOf(review, 2L));
        assertThat(assessmentTasks(review)).hasSize(5);

        // When the review is cancelled
        runtimeService().correlateMessage(ReviewProcess.MESSAGE_CANCELLED, REFERENCE_CODE);

        // Then the review ends as cancelled, leaving nothing for anybody to do
        assertThat(review).isEnded()
                .hasPassed(CANCELLATION_REQUESTED, REVIEW_CANCELLED)
                .hasNotPassed(CONSOLIDATE_FINDINGS, REVIEW_PUBLISHED, REVIEW_REJECTED);
        assertThat(taskQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(review.getId()).count()).isZero();
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CANCELLED);
    }

    // ---------------------------------------------------------------------------------------------
    // Timers on an assessment
    // ---------------------------------------------------------------------------------------------

    @Test
    void two_days_before_the_due_date_an_assessor_still_drafting_is_reminded_and_keeps_the_assessment() {
        // Given assessor1 has not yet submitted the assessment of assignment 2
        ProcessInstance review = startReview();
        planVisit(review);
        Task assessment = assessmentTaskOf(review, 2L);
        Job reminder = timerOf(assessment, REMINDER_TIMER);
        assertThat(reminder.getDuedate()).isEqualTo(ASSESSMENT_REMINDER);

        // When the reminder falls due
        ClockUtil.setCurrentTime(ASSESSMENT_REMINDER);
        execute(reminder);

        // Then the assessor of that assignment is reminded, once, and the assessment stays open with them
        assertThat(reviewStage.remindedAssignments()).containsExactly(2L);
        assertThat(reviewStage.referenceCodes()).containsOnly(REFERENCE_CODE);
        assertThat(review).hasPassed(REMIND_ASSESSOR, ASSESSOR_REMINDED).isWaitingAt(ASSESS_INSTITUTION).isNotWaitingAt(CHASE_OVERDUE_ASSESSMENT, CONSOLIDATE_FINDINGS);
        assertThat(taskQuery().taskId(assessment.getId()).singleResult()).isNotNull().isAssignedTo("assessor1");
        assertThat(assessmentTasks(review)).hasSize(6);
        assertThat(jobQuery().executionId(assessment.getExecutionId()).activityId(REMINDER_TIMER).count()).isZero();
        assertThat(jobQuery().executionId(assessment.getExecutionId()).activityId(OVERDUE_TIMER).count()).isOne();
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING);
    }

    @Test
    void an_overdue_assessment_is_chased_by_the_coordinator_until_it_is_submitted() {
        // Given the assessments of assignments 3 (assessor2) and 4 (assessor3) are still open
        ProcessInstance review = startReview();
        planVisit(review);
        Task assessmentOf3 = assessmentTaskOf(review, 3L);
        Task assessmentOf4 = assessmentTaskOf(review, 4L);

        // When both fall overdue
        ClockUtil.setCurrentTime(ASSESSMENT_DUE);
        execute(timerOf(assessmentOf3, OVERDUE_TIMER));
        execute(timerOf(assessmentOf4, OVERDUE_TIMER));

        // Then the coordinator is asked to chase each of them, and the assessors keep their assessments
        List<Task> chases = chaseTasks(review);
        assertThat(chases).hasSize(2).allSatisfy(chase -> assertThat(chase).isAssignedTo(COORDINATOR));
        assertThat(chases).extracting(ReviewCycleProcessTest::assignmentIdOf).containsExactlyInAnyOrder(3L, 4L);
        assertThat(assessmentTasks(review)).hasSize(6);
        assertThat(taskQuery().taskId(assessmentOf3.getId()).singleResult()).isAssignedTo("assessor2");
        assertThat(review).isWaitingAt(ASSESS_INSTITUTION, CHASE_OVERDUE_ASSESSMENT);

        // When assessor2 submits the overdue assessment of assignment 3
        complete(taskQuery().taskId(assessmentOf3.getId()).singleResult());

        // Then the chase of assignment 3 disappears, while that of assignment 4 and the other five assessments go on
        assertThat(chaseTasks(review)).extracting(ReviewCycleProcessTest::assignmentIdOf).containsExactly(4L);
        assertThat(assessmentTasks(review)).extracting(ReviewCycleProcessTest::assignmentIdOf)
                .containsExactlyInAnyOrder(1L, 2L, 4L, 5L, 6L);
        assertThat(review).isNotEnded().hasNotPassed(CONSOLIDATE_FINDINGS);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING);

        // When the coordinator has chased assessor3
        complete(chaseTasks(review).get(0));

        // Then the chase is done, but the assessment of assignment 4 is still awaited
        assertThat(review).hasPassed(OVERDUE_ASSESSMENT_CHASED);
        assertThat(chaseTasks(review)).isEmpty();
        assertThat(assessmentTasks(review)).extracting(ReviewCycleProcessTest::assignmentIdOf)
                .containsExactlyInAnyOrder(1L, 2L, 4L, 5L, 6L);

        // When all remaining assessments are submitted
        submitAllAssessments(review);

        // Then the findings are consolidated as usual
        assertThat(review).isWaitingAtExactly(CONSOLIDATE_FINDINGS);
        assertThat(reviewStage.stages()).containsExactly(PLANNING, ASSESSING, CONSOLIDATING);
    }

    @Test
    void submitting_an_assessment_withdraws_its_pending_chase_and_reminder_but_nothing_else() {
        // Given every assessment is overdue and being chased
        ProcessInstance review = startReview();
        planVisit(review);
        ClockUtil.setCurrentTime(ASSESSMENT_DUE);
        for (Task assessment : assessmentTasks(review)) {
            execute(timerOf(assessment, OVERDUE_TIMER));
        }
        assertThat(chaseTasks(review)).hasSize(6);

        // When the lead submits the assessment of assignment 6
        complete(assessmentTaskOf(review, 6L));

        // Then exactly that instance of the stage is gone: its chase and its pending reminder
        assertThat(chaseTasks(review)).extracting(ReviewCycleProcessTest::assignmentIdOf)
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
        assertThat(jobQuery().processInstanceId(review.getId()).activityId(REMINDER_TIMER).count()).isEqualTo(5);
        assertThat(assessmentTasks(review)).hasSize(5);
        assertThat(review).isWaitingAt(ASSESS_INSTITUTION, CHASE_OVERDUE_ASSESSMENT).hasNotPassed(CONSOLIDATE_FINDINGS);
    }

    // ---------------------------------------------------------------------------------------------
    // Steps
    // ---------------------------------------------------------------------------------------------

    private static ProcessInstance startReview() {
        return runtimeService().startProcessInstanceByKey(ReviewProcess.KEY, REFERENCE_CODE,
                withVariables(VAR_COORDINATOR, COORDINATOR, VAR_LEAD, LEAD));
    }

    private static void planVisit(ProcessInstance review) {
        complete(task(PLAN_VISIT, review),
                withVariables(VAR_ASSESSMENT_DUE, ASSESSMENT_DUE, VAR_ASSESSMENT_REMINDER, ASSESSMENT_REMINDER));
    }

    private static void submitAllAssessments(ProcessInstance review) {
        assessmentTasks(review).forEach(assessment -> complete(assessment));
    }

    private static void signOff(ProcessInstance review, SignOffDecision decision) {
        complete(task(SIGN_OFF_FINDINGS, review), withVariables(VAR_SIGN_OFF_DECISION, decision.name()));
    }

    // ---------------------------------------------------------------------------------------------
    // Queries
    // ---------------------------------------------------------------------------------------------

    private static List<Task> assessmentTasks(ProcessInstance review) {
        return taskQuery().processInstanceId(review.getId()).taskDefinitionKey(ASSESS_INSTITUTION).list();
    }

    private static List<Task> chaseTasks(ProcessInstance review) {
        return taskQuery().processInstanceId(review.getId()).taskDefinitionKey(CHASE_OVERDUE_ASSESSMENT).list();
    }

    private static Task assessmentTaskOf(ProcessInstance review, long assignmentId) {
        return assessmentTasks(review).stream()
                .filter(assessment -> assignmentIdOf(assessment) == assignmentId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open assessment for assignment " + assignmentId));
    }

    /** The assignment a task belongs to: the element variable of its instance of the assessment stage. */
    private static long assignmentIdOf(Task task) {
        return ((Number) taskService().getVariable(task.getId(), VAR_ASSIGNMENT_ID)).longValue();
    }

    /** The timer of the given boundary event on this very assessment (not on the other instances). */
    private static Job timerOf(Task assessment, String timerId) {
        return job(jobQuery().executionId(assessment.getExecutionId()).activityId(timerId));
    }

    private static long completedTaskCount(ProcessInstance review, String taskDefinitionKey) {
        return historyService().createHistoricTaskInstanceQuery()
                .processInstanceId(review.getId()).taskDefinitionKey(taskDefinitionKey).finished().count();
    }

    private static Date at(String instant) {
        return Date.from(Instant.parse(instant));
    }

    private static Map<Long, String> orderedMap(Object... idsAndAssessors) {
        Map<Long, String> map = new LinkedHashMap<>();
        for (int i = 0; i < idsAndAssessors.length; i += 2) {
            map.put((Long) idsAndAssessors[i], (String) idsAndAssessors[i + 1]);
        }
        return map;
    }

    // ---------------------------------------------------------------------------------------------
    // Stand-ins for the beans the model calls
    // ---------------------------------------------------------------------------------------------

    /** Stands in for {@link ProcessSignals} ({@code reviewStage}); records what the process announced. */
    public static final class RecordingReviewStage {

        private final List<ReviewStage> stages = new ArrayList<>();
        private final List<Long> remindedAssignments = new ArrayList<>();
        private final List<String> referenceCodes = new ArrayList<>();

        public void reached(DelegateExecution execution, String stage) {
            referenceCodes.add(execution.getProcessBusinessKey());
            stages.add(ReviewStage.valueOf(stage));
        }

        public void remindAssessor(DelegateExecution execution) {
            referenceCodes.add(execution.getProcessBusinessKey());
            remindedAssignments.add(((Number) execution.getVariable(VAR_ASSIGNMENT_ID)).longValue());
        }

        List<ReviewStage> stages() {
            return stages;
        }

        List<Long> remindedAssignments() {
            return remindedAssignments;
        }

        List<String> referenceCodes() {
            return referenceCodes;
        }
    }

    /** Stands in for the visit plan ({@code assessmentAssignments}): fixed assignments per review. */
    public static final class FixedAssessmentAssignments implements AssessmentAssignments {

        private final Map<String, Map<Long, String>> assessorsByReview;

        FixedAssessmentAssignments(Map<String, Map<Long, String>> assessorsByReview) {
            this.assessorsByReview = assessorsByReview;
        }

        @Override
        public List<Long> forReview(String referenceCode) {
            return List.copyOf(assessorsByReview.getOrDefault(referenceCode, Map.of()).keySet());
        }

        @Override
        public String assessorOf(Long assignmentId) {
            return assessorsByReview.values().stream()
                    .map(assessors -> assessors.get(assignmentId))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown assignment " + assignmentId));
        }

        @Override
        public String institutionOf(Long assignmentId) {
            return "Institution of assignment " + assignmentId;
        }
    }
}
