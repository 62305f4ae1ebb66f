package org.reviewworkspace.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.workflow.TaskOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The inbox as its users work it: what each filter shows, search by review or institution,
 * sorting, saved filters, and who may claim, give back, hand over, reassign and follow up a task.
 * Tests that move the 2025 review on leave a fresh context behind them ({@code @DirtiesContext});
 * the others change nothing another test could notice.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class WorkingTheInboxTest {

    private static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired InboxService inbox;
    @Autowired PartnershipService partnerships;
    @Autowired AuditLogService auditLog;

    @Test
    @DirtiesContext
    void an_assessor_sees_their_own_assessments_and_a_coordinator_sees_every_task_of_their_reviews() {
        assessmentsUnderWay(LocalDate.of(2025, 8, 24));

        List<InboxItem> lead = tasks("lead", InboxFilter.DEFAULT);
        List<InboxItem> coordinatorsReviews = tasks("coordinator",
                new InboxFilter(InboxFilter.Show.MY_REVIEWS, InboxFilter.Due.ANY, ""));

        assertThat(lead).extracting(InboxItem::institution).containsExactlyInAnyOrder("NCP", "NILOP");
        assertThat(lead).allSatisfy(item -> assertThat(item.mine()).isTrue());
        assertThat(coordinatorsReviews).extracting(InboxItem::institution)
                .containsExactlyInAnyOrder("NCP", "NILOP", "HMC-3", "PIEAS", "PINSTECH", "INMOL");
        assertThat(coordinatorsReviews).noneMatch(InboxItem::claimable);
        assertThat(tasks("coordinator", InboxFilter.DEFAULT)).isEmpty();
        assertThat(acting.as("lead", () -> inbox.showOptions())).doesNotContain(InboxFilter.Show.MY_REVIEWS);
        assertThat(tasks("lead", new InboxFilter(InboxFilter.Show.MY_REVIEWS, InboxFilter.Due.ANY, ""))).isEmpty();
    }

    @Test
    @DirtiesContext
    void search_finds_tasks_by_institution_acronym_or_name_and_by_review_code_or_title() {
        assessmentsUnderWay(LocalDate.of(2025, 8, 24));
        InboxFilter.Show all = InboxFilter.Show.MY_REVIEWS;

        assertThat(tasks("coordinator", new InboxFilter(all, InboxFilter.Due.ANY, "pieas")))
                .extracting(InboxItem::institution).containsExactly("PIEAS");
        assertThat(tasks("coordinator", new InboxFilter(all, InboxFilter.Due.ANY, "Nuclear Medicine")))
                .extracting(InboxItem::institution).containsExactly("INMOL");
        assertThat(tasks("coordinator", new InboxFilter(all, InboxFilter.Due.ANY, "rev-2025"))).hasSize(6);
        String titleWord = reviews.byReferenceCode(REVIEW_2025).title().split(" ")[0];
        assertThat(tasks("coordinator", new InboxFilter(all, InboxFilter.Due.ANY, titleWord))).hasSize(6);
        assertThat(tasks("coordinator", new InboxFilter(all, InboxFilter.Due.ANY, "REV-2022"))).isEmpty();
        assertThat(tasks("coordinator", new InboxFilter(all, InboxFilter.Due.ANY, "100%_"))).isEmpty();
    }

    @Test
    @DirtiesContext
    void overdue_and_due_soon_follow_the_due_date_of_the_assessments() {
        // the visit ended 12 days ago, so the assessments are due in two days
        assessmentsUnderWay(LocalDate.now(Times.zone()).minusDays(16));

        assertThat(tasks("assessor2", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.DUE_SOON, "")))
                .extracting(InboxItem::institution).containsExactly("PIEAS");
        assertThat(tasks("assessor2", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.OVERDUE, ""))).isEmpty();
    }

    @Test
    @DirtiesContext
    void a_visit_long_past_makes_every_assessment_overdue_and_none_due_soon() {
        assessmentsUnderWay(LocalDate.of(2025, 8, 24));

        List<InboxItem> overdue = tasks("assessor2", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.OVERDUE, ""));
        assertThat(overdue).hasSize(1).allSatisfy(item -> assertThat(item.overdue()).isTrue());
        assertThat(tasks("assessor2", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.DUE_SOON, ""))).isEmpty();
    }

    @Test
    @DirtiesContext
    void the_list_sorts_by_task_name_and_by_assignee_in_either_direction() {
        assessmentsUnderWay(LocalDate.of(2025, 8, 24));
        InboxFilter all = new InboxFilter(InboxFilter.Show.MY_REVIEWS, InboxFilter.Due.ANY, "");

        List<String> ascending = acting.as("coordinator", () -> inbox.page(all,
                new TaskOrder(TaskOrder.By.ASSIGNEE, true), 0, 50)).stream().map(InboxItem::assigneeName).toList();
        List<String> descending = acting.as("coordinator", () -> inbox.page(all,
                new TaskOrder(TaskOrder.By.ASSIGNEE, false), 0, 50)).stream().map(InboxItem::assigneeName).toList();

        assertThat(ascending).hasSize(6).isNotEqualTo(descending);
        assertThat(ascending.get(0)).isEqualTo(descending.get(descending.size() - 1));
        assertThat(acting.as("coordinator", () -> inbox.count(all))).isEqualTo(6);
    }

    @Test
    @DirtiesContext
    void the_number_beside_the_inbox_counts_each_task_held_and_each_task_offered_once() {
        consolidationOffered();
        ReviewSummary review2025 = reviews.byReferenceCode(REVIEW_2025);
        PartnershipSummary partnership = acting.as("coordinator", () -> partnerships.partnership(
                review2025.partnershipId()));
        scenario.startReview(partnership, 2026, "Follow-up visit 2026", "Check the 2025 recommendations.");

        List<InboxItem> listed = tasks("coordinator", InboxFilter.DEFAULT);

        assertThat(listed).extracting(InboxItem::taskName)
                .containsExactlyInAnyOrder("Plan visit", "Consolidate findings");
        assertThat(listed).filteredOn(InboxItem::mine).hasSize(1);
        assertThat(listed).filteredOn(InboxItem::claimable).hasSize(1);
        assertThat(acting.as("coordinator", () -> inbox.count(InboxFilter.DEFAULT))).isEqualTo(2);
        assertThat(acting.as("coordinator", () -> inbox.count())).isEqualTo(2);
        assertThat(acting.as("lead", () -> inbox.count(InboxFilter.DEFAULT)))
                .isEqualTo(tasks("lead", InboxFilter.DEFAULT).size()).isEqualTo(1);
    }

    @Test
    @DirtiesContext
    void claiming_a_task_someone_has_just_claimed_says_so_and_the_list_shows_who_holds_it() {
        String consolidation = consolidationOffered();

        acting.run("lead", () -> inbox.claim(consolidation));

        assertThatThrownBy(() -> acting.run("coordinator", () -> inbox.claim(consolidation)))
                .isInstanceOf(NotAllowedException.class).hasMessage("Someone else has claimed this task meanwhile.");
        InboxItem seen = tasks("coordinator", new InboxFilter(InboxFilter.Show.MY_REVIEWS, InboxFilter.Due.ANY, ""))
                .get(0);
        assertThat(seen.assigneeName()).isEqualTo("Delegation lead");
        assertThat(seen.claimable()).isFalse();
        assertThat(events("task.claimed")).containsExactly("Delegation lead claimed \u201cConsolidate findings\u201d");
    }

    @Test
    @DirtiesContext
    void the_holder_of_a_shared_task_may_give_it_back_but_a_planned_task_has_nobody_to_go_back_to() {
        String consolidation = consolidationOffered();
        acting.run("lead", () -> inbox.claim(consolidation));

        acting.run("lead", () -> inbox.unclaim(consolidation));

        assertThat(tasks("coordinator", InboxFilter.DEFAULT)).singleElement()
                .satisfies(item -> assertThat(item.claimable()).isTrue());
        assertThat(events("task.unclaimed")).hasSize(1);
    }

    @Test
    void planning_cannot_be_given_back_or_handed_over() {
        String planVisit = tasks("coordinator", InboxFilter.DEFAULT).get(0).taskId();

        assertThatThrownBy(() -> acting.run("coordinator", () -> inbox.unclaim(planVisit)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("nobody to give it back to");
        assertThat(acting.as("coordinator", () -> inbox.eligibleAssignees(planVisit))).isEmpty();
        assertThatThrownBy(() -> acting.run("coordinator", () -> inbox.handOver(planVisit, "lead")))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("only go to the people it is offered to");
    }

    @Test
    @DirtiesContext
    void a_consolidation_is_handed_only_to_another_person_it_is_offered_to_and_only_by_its_holder() {
        String consolidation = consolidationOffered();
        acting.run("coordinator", () -> inbox.claim(consolidation));

        assertThat(acting.as("coordinator", () -> inbox.eligibleAssignees(consolidation)))
                .extracting(UserSummary::username).containsExactly("lead");
        assertThatThrownBy(() -> acting.run("coordinator", () -> inbox.handOver(consolidation, "assessor1")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> acting.run("lead", () -> inbox.handOver(consolidation, "lead")))
                .isInstanceOf(NotAllowedException.class).hasMessage("This task is held by someone else.");
        assertThatThrownBy(() -> acting.run("assessor1", () -> inbox.eligibleAssignees(consolidation)))
                .isInstanceOf(NotAllowedException.class);

        acting.run("coordinator", () -> inbox.handOver(consolidation, "lead"));

        assertThat(tasks("lead", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.ANY, "")))
                .extracting(InboxItem::taskName).containsExactly("Consolidate findings");
        assertThat(events("task.handed-over"))
                .containsExactly("Review coordinator handed \u201cConsolidate findings\u201d to Delegation lead");
    }

    @Test
    @DirtiesContext
    void only_the_reviews_coordinator_reassigns_a_task_held_by_someone_else() {
        String consolidation = consolidationOffered();
        acting.run("lead", () -> inbox.claim(consolidation));

        assertThatThrownBy(() -> acting.run("approver", () -> inbox.reassign(consolidation, "coordinator")))
                .isInstanceOf(NotAllowedException.class);
        acting.run("coordinator", () -> inbox.reassign(consolidation, "coordinator"));

        assertThat(tasks("coordinator", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.ANY, ""))).hasSize(1);
        acting.run("coordinator", () -> inbox.reassign(consolidation, null));
        assertThat(tasks("lead", InboxFilter.DEFAULT)).singleElement()
                .satisfies(item -> assertThat(item.claimable()).isTrue());
        assertThat(events("task.reassigned")).containsExactly(
                "Review coordinator reassigned \u201cConsolidate findings\u201d from Review coordinator to the people it is offered to",
                "Review coordinator reassigned \u201cConsolidate findings\u201d from Delegation lead to Review coordinator");
    }

    @Test
    @DirtiesContext
    void a_follow_up_date_puts_the_task_under_follow_up_today_on_that_day_and_past_days_are_refused() {
        String planVisit = tasks("coordinator", InboxFilter.DEFAULT).get(0).taskId();
        LocalDate today = LocalDate.now(Times.zone());
        InboxFilter followUpToday = new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.FOLLOW_UP_TODAY, "");

        acting.run("coordinator", () -> inbox.followUp(planVisit, today.plusDays(1)));
        assertThat(tasks("coordinator", followUpToday)).isEmpty();
        acting.run("coordinator", () -> inbox.followUp(planVisit, today));
        assertThat(tasks("coordinator", followUpToday)).singleElement()
                .satisfies(item -> assertThat(item.followUp()).isNotNull());

        assertThatThrownBy(() -> acting.run("coordinator", () -> inbox.followUp(planVisit, today.minusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("followUp", "Choose today or a later day"));
        assertThatThrownBy(() -> acting.run("lead", () -> inbox.followUp(planVisit, today)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(tasks("coordinator", followUpToday)).hasSize(1);
        assertThat(events("task.follow-up-set")).hasSize(2);
    }

    @Test
    void saved_filters_are_personal_named_and_replaced_by_the_same_name() {
        InboxFilter overdue = new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.OVERDUE, "NCP");

        NamedFilter saved = acting.as("lead", () -> inbox.saveFilter("  Overdue at NCP ", overdue));
        acting.run("lead", () -> inbox.saveFilter("overdue at ncp", InboxFilter.DEFAULT));

        assertThat(acting.as("lead", () -> inbox.savedFilters())).singleElement().satisfies(filter -> {
            assertThat(filter.name()).isEqualTo("Overdue at NCP");
            assertThat(filter.filter()).isEqualTo(InboxFilter.DEFAULT);
        });
        assertThat(acting.as("assessor1", () -> inbox.savedFilters())).isEmpty();
        assertThatThrownBy(() -> acting.run("assessor1", () -> inbox.deleteFilter(saved.id())))
                .isInstanceOf(NotFoundException.class);
        acting.run("lead", () -> inbox.deleteFilter(saved.id()));
        assertThat(acting.as("lead", () -> inbox.savedFilters())).isEmpty();
    }

    @Test
    void a_filter_without_a_name_or_with_an_overlong_search_is_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> acting.run("lead", () -> inbox.saveFilter("   ", InboxFilter.DEFAULT)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("name", "Give the filter a name"));
        assertThatThrownBy(() -> acting.run("lead", () -> inbox.saveFilter("x".repeat(61), InboxFilter.DEFAULT)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> acting.run("lead", () -> inbox.saveFilter("Long",
                new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.ANY, "x".repeat(101)))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(acting.as("lead", () -> inbox.savedFilters())).isEmpty();
    }

    @Test
    @DirtiesContext
    void claiming_a_task_twice_says_it_is_already_yours() {
        String consolidation = consolidationOffered();
        acting.run("lead", () -> inbox.claim(consolidation));

        assertThatThrownBy(() -> acting.run("lead", () -> inbox.claim(consolidation)))
                .isInstanceOf(NotAllowedException.class).hasMessage("You have already claimed this task.");
    }

    private void assessmentsUnderWay(LocalDate visitStart) {
        scenario.draftPlan(reviews.byReferenceCode(REVIEW_2025), visitStart, true);
    }

    private String consolidationOffered() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 3);
        return tasks("coordinator", InboxFilter.DEFAULT).stream()
                .filter(item -> item.taskName().equals("Consolidate findings")).findFirst().orElseThrow().taskId();
    }

    private List<InboxItem> tasks(String username, InboxFilter filter) {
        return acting.as(username, () -> inbox.page(filter, TaskOrder.NEWEST_FIRST, 0, 50));
    }

    private List<String> events(String action) {
        return acting.as("admin", () -> auditLog.search(AuditLogFilter.none().withAction(action), PageRequest.of(0, 50)))
                .stream().map(entry -> entry.summary()).toList();
    }
}
