package org.reviewworkspace.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reviewworkspace.visit.VisitPlanningRulesTest.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator changes the 2025 plan after the assessments began (visit 24–28 August 2025,
 * assessments due 11 September 2025): new assessments appear, unstarted ones are withdrawn,
 * a new window moves the due dates, and work already done is never thrown away.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReplanningDuringAssessmentTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";
    static final Instant DUE = Instant.parse("2025-09-11T17:00:00Z");

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired VisitService visits;
    @Autowired ReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired InboxService inbox;
    @Autowired AuditService audit;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService engineJobs;

    @Test
    void adding_an_assessor_mid_assessment_creates_exactly_one_task_for_them() {
        ReviewSummary review = assessing();
        int tasksBefore = assessmentTasks().size();

        replan(form -> visit(form, "PIEAS").setAssessors(Set.of("assessor2", "assessor3")));

        assertThat(assessmentTasks()).hasSize(tasksBefore + 1);
        assertThat(tasksOf("assessor3", "AssessInstitution")).extracting(InboxItem::institution)
                .containsExactlyInAnyOrder("PINSTECH", "PIEAS");
        assertThat(tasksOf("assessor3", "AssessInstitution")).filteredOn(t -> t.institution().equals("PIEAS"))
                .singleElement().satisfies(t -> assertThat(t.due()).isEqualTo(DUE));
        assertThat(timers()).hasSize(2 * (tasksBefore + 1));
        assertThat(audit.eventsOf(review.id(), "visit.assessment-added")).extracting(AuditEvent::getSummary)
                .containsExactly("Review coordinator added PIEAS for Task-force member 3");
        assertThat(status()).isEqualTo(ReviewStatus.ASSESSING);
    }

    @Test
    void adding_an_institution_mid_assessment_creates_one_task_for_its_assessor() {
        acting.run("coordinator", () -> {
            String taskId = tasksOf("coordinator", "PlanVisit").get(0).taskId();
            PlanForm form = visits.openPlan(taskId).form();
            visit(form, "NILOP").setPlanned(false);
            visits.completePlan(taskId, form);
        });
        assertThat(tasksOf("lead", "AssessInstitution")).extracting(InboxItem::institution).containsExactly("NCP");

        replan(form -> {
            PlanForm.InstitutionVisit nilop = visit(form, "NILOP");
            nilop.setPlanned(true);
            nilop.setDate(LocalDate.of(2025, 8, 27));
            nilop.setAssessors(Set.of("assessor4"));
        });

        assertThat(tasksOf("assessor4", "AssessInstitution")).extracting(InboxItem::institution)
                .containsExactlyInAnyOrder("INMOL", "NILOP");
        assertThat(tasksOf("lead", "AssessInstitution")).extracting(InboxItem::institution).containsExactly("NCP");
        assertThat(assessmentTasks()).hasSize(6);
    }

    @Test
    void removing_an_assignment_that_has_not_begun_withdraws_its_task_and_timers() {
        ReviewSummary review = assessing();

        replan(form -> visit(form, "INMOL").setPlanned(false));

        assertThat(tasksOf("assessor4", "AssessInstitution")).isEmpty();
        assertThat(assessmentTasks()).hasSize(5);
        assertThat(timers()).hasSize(10);
        assertThat(audit.eventsOf(review.id(), "visit.assessment-withdrawn")).extracting(AuditEvent::getSummary)
                .containsExactly("Review coordinator withdrew the assessment of INMOL by Task-force member 4");
        assertThat(acting.as("coordinator", () -> visits.overview(review.id())).itinerary())
                .extracting(VisitOverview.Stop::institutionAcronym).doesNotContain("INMOL");
    }

    @Test
    void a_submitted_assessment_cannot_be_removed_and_nothing_changes() {
        ReviewSummary review = assessing();
        submitOne("assessor1");

        acting.run("coordinator", () -> {
            PlanForm form = visits.openReplan(review.id()).form();
            visit(form, "HMC-3").setPlanned(false);
            visit(form, "PIEAS").setAssessors(Set.of("assessor2", "assessor1"));
            assertThatThrownBy(() -> visits.replan(review.id(), form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry(
                            visit(form, "HMC-3").field("assessors"), "Task-force member 1 has already submitted the "
                                    + "assessment of HMC-3; it cannot be removed"));
        });
        assertThat(assessmentTasks()).hasSize(5);
        assertThat(audit.eventsOf(review.id(), "visit.replanned")).isEmpty();
    }

    @Test
    void moving_the_window_moves_the_due_dates_of_open_tasks_and_their_timers() {
        ReviewSummary review = assessing();

        replan(form -> {
            form.setStartDate(form.getStartDate().plusDays(2));
            form.setEndDate(form.getEndDate().plusDays(2));
            form.plannedInstitutions().forEach(v -> v.setDate(v.getDate().plusDays(2)));
            form.getMeetings().forEach(m -> m.setDate(m.getDate().plusDays(2)));
        });

        Instant newDue = Instant.parse("2025-09-13T17:00:00Z");
        assertThat(assessmentTasks()).hasSize(6).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(Date.from(newDue)));
        assertThat(timers("AssessmentOverdueTimer")).hasSize(6)
                .allSatisfy(j -> assertThat(j.getDuedate()).isEqualTo(Date.from(newDue)));
        assertThat(timers("AssessmentReminderTimer")).hasSize(6)
                .allSatisfy(j -> assertThat(j.getDuedate()).isEqualTo(Date.from(Instant.parse("2025-09-11T17:00:00Z"))));
        assertThat(audit.eventsOf(review.id(), "visit.due-date-moved")).extracting(AuditEvent::getSummary)
                .containsExactly("Review coordinator moved the assessment due date from 11 Sep 2025 to 13 Sep 2025");
        assertThat(acting.as("coordinator", () -> visits.overview(review.id())).assessmentsDue()).isEqualTo(newDue);
    }

    @Test
    void a_second_edit_of_a_plan_changed_meanwhile_is_refused_naming_who_changed_it() {
        ReviewSummary review = assessing();
        PlanForm first = acting.as("coordinator", () -> visits.openReplan(review.id()).form());
        PlanForm second = acting.as("coordinator", () -> visits.openReplan(review.id()).form());
        visit(first, "PIEAS").setAssessors(Set.of("assessor2", "assessor3"));
        acting.run("coordinator", () -> visits.replan(review.id(), first));

        visit(second, "NCP").setHostContact("Director General's office, NCP");
        long version = second.getVersion();
        acting.run("coordinator", () -> assertThatThrownBy(() -> visits.replan(review.id(), second))
                .isInstanceOf(StaleDataException.class)
                .hasMessageStartingWith("Review coordinator changed this visit plan on ")
                .hasMessageContaining("Your input is still in the form"));
        assertThat(second.getVersion()).isEqualTo(version);
        assertThat(visit(second, "NCP").getHostContact()).isEqualTo("Director General's office, NCP");
        assertThat(tasksOf("assessor3", "AssessInstitution")).hasSize(2);
    }

    @Test
    void the_plan_of_a_cancelled_review_cannot_be_changed() {
        ReviewSummary review = assessing();
        PlanForm form = acting.as("coordinator", () -> visits.openReplan(review.id()).form());
        acting.run("coordinator", () -> reviews.cancelReview(review.id(), "The visit was postponed indefinitely."));

        acting.run("coordinator", () -> {
            assertThatThrownBy(() -> visits.openReplan(review.id())).isInstanceOf(NotAllowedException.class)
                    .hasMessage("Review REV-2025-PK-01 is cancelled; its visit plan can no longer be changed.");
            assertThatThrownBy(() -> visits.replan(review.id(), form)).isInstanceOf(NotAllowedException.class);
        });
    }

    @Test
    void a_published_review_and_one_still_in_planning_are_not_replanned_here() {
        ReviewSummary published = reviews.byReferenceCode("REV-2022-PK-01");
        ReviewSummary planning = reviews.byReferenceCode(REVIEW_2025);
        acting.run("coordinator", () -> {
            assertThatThrownBy(() -> visits.openReplan(published.id())).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("is published");
            assertThatThrownBy(() -> visits.openReplan(planning.id())).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("Plan visit");
        });
        acting.run("lead", () -> assertThatThrownBy(() -> visits.openReplan(planning.id()))
                .isInstanceOf(NotAllowedException.class));
    }

    private ReviewSummary assessing() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        assertThat(assessmentTasks()).hasSize(6);
        return review;
    }

    private void replan(java.util.function.Consumer<PlanForm> change) {
        long reviewId = reviews.byReferenceCode(REVIEW_2025).id();
        acting.run("coordinator", () -> {
            PlanForm form = visits.openReplan(reviewId).form();
            change.accept(form);
            visits.replan(reviewId, form);
        });
    }

    private void submitOne(String assessor) {
        acting.run(assessor, () -> {
            InboxItem task = tasksOf(assessor, "AssessInstitution").get(0);
            AssessmentForm form = assessments.openAssessment(task.taskId()).form();
            form.getScores().forEach(score -> {
                score.setScore(4);
                score.setRationale("Seen in the workshops during the visit.");
            });
            form.setNarrative("The delegation toured the workshops of " + task.institution() + ".");
            form.setFindings(new ArrayList<>(List.of(new FindingDraft(FindingType.STRENGTH, Priority.MEDIUM,
                    task.institution() + " supplies components to collaboration experiments."))));
            assessments.submit(task.taskId(), form);
        });
    }

    private ReviewStatus status() {
        return reviews.byReferenceCode(REVIEW_2025).status();
    }

    private List<Task> assessmentTasks() {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(REVIEW_2025)
                .taskDefinitionKey("AssessInstitution").list();
    }

    private List<Job> timers() {
        return engineJobs.createJobQuery().processInstanceId(processInstanceId()).timers().list();
    }

    private List<Job> timers(String activityId) {
        return engineJobs.createJobQuery().processInstanceId(processInstanceId()).timers().activityId(activityId).list();
    }

    private String processInstanceId() {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(REVIEW_2025).list().get(0).getProcessInstanceId();
    }

    private List<InboxItem> tasksOf(String username, String key) {
        return acting.as(username, () -> inbox.page(0, 100).stream()
                .filter(t -> t.reviewCode().equals(REVIEW_2025) && t.route().contains("/" + key + "/")).toList());
    }
}
