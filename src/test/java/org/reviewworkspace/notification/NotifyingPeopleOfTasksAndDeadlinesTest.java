package org.reviewworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewworkspace.notification.NotificationScenario.DUE_AT;
import static org.reviewworkspace.notification.NotificationScenario.OVERDUE_TIMER;
import static org.reviewworkspace.notification.NotificationScenario.REMINDER_AT;
import static org.reviewworkspace.notification.NotificationScenario.REMINDER_TIMER;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who is told what while a review is assessed: the assessors of their new tasks, an assessor two
 * days before their assessment is due, the coordinator and the assessor when it is overdue. The
 * engine's clock is moved to the reminder and due dates and the timers fired as the job executor
 * would fire them.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(NotificationScenario.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotifyingPeopleOfTasksAndDeadlinesTest {

    @Autowired NotificationScenario scenario;
    @Autowired NotificationService notifications;
    @Autowired Acting acting;
    @Autowired TaskService engineTasks;

    @AfterEach
    void resetTheEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void each_assessor_is_told_of_the_assessment_tasks_the_coordinators_plan_gives_them() {
        ReviewSummary review = scenario.reviewBeingAssessed();

        TaskRef pieas = scenario.openTask(review, ReviewProcess.ASSESS_INSTITUTION, "assessor2");
        assertThat(about(review, "assessor2")).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("You have a new task: Assess institution \u2014 PIEAS ("
                    + review.referenceCode() + ")");
            assertThat(n.link()).isEqualTo(pieas.route());
            assertThat(n.kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
            assertThat(n.read()).isFalse();
        });
        assertThat(about(review, "lead")).extracting(NotificationItem::title).containsExactlyInAnyOrder(
                "You have a new task: Assess institution \u2014 NCP (" + review.referenceCode() + ")",
                "You have a new task: Assess institution \u2014 NILOP (" + review.referenceCode() + ")");
        assertThat(about(review, "coordinator")).as("the coordinator started the review and planned it themselves")
                .isEmpty();
    }

    @Test
    void a_task_handed_to_someone_else_tells_them_who_handed_it_but_a_claim_tells_nobody() {
        ReviewSummary review = scenario.reviewBeingAssessed();
        String pieas = scenario.openTask(review, ReviewProcess.ASSESS_INSTITUTION, "assessor2").id();

        acting.run("coordinator", () -> engineTasks.setAssignee(pieas, "assessor3"));
        assertThat(about(review, "assessor3")).extracting(NotificationItem::title).contains(
                "Review coordinator handed you a task: Assess institution \u2014 PIEAS (" + review.referenceCode() + ")");

        int before = about(review, "assessor2").size();
        acting.run("coordinator", () -> engineTasks.setAssignee(pieas, null));
        acting.run("assessor2", () -> engineTasks.claim(pieas, "assessor2"));
        assertThat(about(review, "assessor2")).hasSize(before);
    }

    @Test
    void two_days_before_the_due_date_the_assessor_has_an_unread_reminder() {
        ReviewSummary review = scenario.reviewBeingAssessed();
        long unreadBefore = acting.as("assessor2", notifications::unreadCount);

        scenario.fireTimers(review, REMINDER_TIMER, REMINDER_AT);

        assertThat(acting.as("assessor2", notifications::unreadCount)).isEqualTo(unreadBefore + 1);
        assertThat(about(review, "assessor2")).filteredOn(n -> n.kind() == NotificationKind.ASSESSMENT_DUE_SOON)
                .singleElement().satisfies(n -> {
                    assertThat(n.title()).isEqualTo("The PIEAS assessment is due in two days");
                    assertThat(n.link()).isEqualTo(
                            scenario.openTask(review, ReviewProcess.ASSESS_INSTITUTION, "assessor2").route());
                    assertThat(n.read()).isFalse();
                });
        assertThat(about(review, "lead")).filteredOn(n -> n.kind() == NotificationKind.ASSESSMENT_DUE_SOON)
                .extracting(NotificationItem::title).containsExactlyInAnyOrder(
                        "The NCP assessment is due in two days", "The NILOP assessment is due in two days");
    }

    @Test
    void at_the_due_date_the_coordinator_must_chase_and_both_coordinator_and_assessor_are_told() {
        ReviewSummary review = scenario.reviewBeingAssessed();

        scenario.fireTimers(review, OVERDUE_TIMER, DUE_AT);

        List<Task> chases = scenario.engineTasks(review, ReviewProcess.CHASE_OVERDUE_ASSESSMENT);
        assertThat(chases).hasSize(6).allSatisfy(t -> assertThat(t.getAssignee()).isEqualTo("coordinator"));
        List<NotificationItem> coordinator = about(review, "coordinator");
        assertThat(coordinator).extracting(NotificationItem::title).hasSize(6)
                .contains("The PIEAS assessment by Task-force member 2 is overdue",
                        "The NCP assessment by Delegation lead is overdue");
        assertThat(coordinator).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSESSMENT_OVERDUE);
            assertThat(n.link()).startsWith("tasks/" + ReviewProcess.CHASE_OVERDUE_ASSESSMENT + "/");
        });
        assertThat(chases).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(
                coordinator.stream().map(n -> n.link().substring(n.link().lastIndexOf('/') + 1)).toList());
        assertThat(about(review, "assessor2")).filteredOn(n -> n.kind() == NotificationKind.ASSESSMENT_OVERDUE)
                .singleElement().satisfies(n -> {
                    assertThat(n.title()).isEqualTo("Your PIEAS assessment is overdue");
                    assertThat(n.link()).startsWith("tasks/" + ReviewProcess.ASSESS_INSTITUTION + "/");
                });
    }

    @Test
    void an_assessor_who_has_submitted_gets_no_reminder() {
        ReviewSummary review = scenario.reviewBeingAssessed();
        scenario.submit("assessor2", scenario.openTask(review, ReviewProcess.ASSESS_INSTITUTION, "assessor2").id(),
                "PIEAS");

        scenario.fireTimers(review, REMINDER_TIMER, REMINDER_AT);
        scenario.fireTimers(review, OVERDUE_TIMER, DUE_AT);

        assertThat(about(review, "assessor2")).extracting(NotificationItem::kind)
                .containsOnly(NotificationKind.TASK_ASSIGNED);
        assertThat(about(review, "coordinator")).extracting(NotificationItem::title)
                .hasSize(5).doesNotContain("The PIEAS assessment by Task-force member 2 is overdue");
        assertThat(about(review, "assessor3")).extracting(NotificationItem::title)
                .contains("The PINSTECH assessment is due in two days", "Your PINSTECH assessment is overdue");
    }

    /** What {@code username} has been told about {@code review}, newest first. */
    private List<NotificationItem> about(ReviewSummary review, String username) {
        return acting.as(username, () -> notifications.page(0, NotificationService.MAX_PAGE)).stream()
                .filter(n -> review.referenceCode().equals(n.referenceCode())).toList();
    }
}
