package org.reviewworkspace.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewFilter;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.timeline.StoryFilter;
import org.reviewworkspace.timeline.StoryLine;
import org.reviewworkspace.timeline.TimelineService;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.VisitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 2025 review of the reference scenario through the services, as each user would take
 * each step: six institutions, five delegation members, one round of changes, then publication.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ReviewCycleScenarioTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired TimelineService timelines;
    @Autowired ReviewService reviews;
    @Autowired VisitService visits;
    @Autowired AssessmentService assessments;
    @Autowired FindingService findings;
    @Autowired SignOffService signOffs;
    @Autowired InboxService inbox;
    @Autowired AuditService audit;

    @Test
    void the_2025_review_goes_from_planning_to_published_with_one_round_of_changes() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        assertThat(review.status()).isEqualTo(ReviewStatus.PLANNING);

        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        assertThat(status()).isEqualTo(ReviewStatus.ASSESSING);
        assertThat(tasksOf("lead", "AssessInstitution")).extracting(InboxItem::institution)
                .containsExactlyInAnyOrder("NCP", "NILOP");
        for (String assessor : List.of("assessor1", "assessor2", "assessor3", "assessor4")) {
            assertThat(tasksOf(assessor, "AssessInstitution")).hasSize(1);
        }

        scenario.submitAllAssessments(review, 3);
        assertThat(status()).isEqualTo(ReviewStatus.CONSOLIDATING);
        assertThat(audit.eventsOf(review.id(), "assessment.submitted")).hasSize(6);

        scenario.consolidate(review);
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);

        scenario.signOff(review, Decision.CHANGES_REQUESTED, "Merge the duplicate recommendations on local firms.");
        assertThat(status()).isEqualTo(ReviewStatus.CHANGES_REQUESTED);

        acting.run("lead", () -> {
            String taskId = tasksOf("lead", "ConsolidateFindings").get(0).taskId();
            var draft = findings.openConsolidation(taskId);
            assertThat(draft.requestedChanges()).contains("Merge the duplicate recommendations");
            List<FindingEdit> edits = new ArrayList<>(draft.findings());
            edits.stream().filter(e -> e.getType() == FindingType.RECOMMENDATION && e.getInstitutionId() != null)
                    .skip(1).forEach(e -> e.setWithdrawn(true));
            findings.completeConsolidation(taskId, edits);
        });
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);

        scenario.signOff(review, Decision.APPROVED, null);

        assertThat(status()).isEqualTo(ReviewStatus.PUBLISHED);
        List<FindingView> published = findings.findingsSet(review.id());
        assertThat(published).extracting(FindingView::type).contains(FindingType.STRENGTH, FindingType.RECOMMENDATION);
        assertThat(published).filteredOn(f -> f.institution().equals("Cross-cutting")).hasSize(1);
        List<SignOffRecord> decisions = acting.as("approver", () -> signOffs.decisions(review.id()));
        assertThat(decisions).extracting(SignOffRecord::decision)
                .containsExactly(Decision.CHANGES_REQUESTED, Decision.APPROVED);
        assertThat(decisions.get(0).stillApplies()).as("round 1 was made on a set that changed since").isFalse();
        assertThat(decisions.get(1).stillApplies()).isTrue();
        assertThat(decisions.get(1).findingsHash()).hasSize(64);
        assertThat(audit.eventsOf(review.id(), "review.status-changed")).extracting(e -> e.getAfter())
                .containsExactly("ASSESSING", "CONSOLIDATING", "AWAITING_SIGN_OFF", "CHANGES_REQUESTED",
                        "AWAITING_SIGN_OFF", "PUBLISHED");
        assertThat(audit.eventsOf(review.id(), "visit.planned")).hasSize(1);
        assertThat(audit.eventsOf(review.id(), "signoff.decided")).hasSize(2);
        assertThat(acting.as("coordinator", () -> timelines.story(review.id(), StoryFilter.everything(), 0, 200)))
                .extracting(StoryLine::actorName).contains("Review coordinator", "Delegation lead", "Task-force member 4",
                        "Approver");
    }

    @Test
    void a_plan_that_ends_before_it_starts_is_refused_and_nothing_is_written() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        acting.run("coordinator", () -> {
            String taskId = tasksOf("coordinator", "PlanVisit").get(0).taskId();
            PlanForm form = visits.openPlan(taskId).form();
            form.setStartDate(LocalDate.of(2025, 8, 28));
            form.setEndDate(LocalDate.of(2025, 8, 24));
            assertThatThrownBy(() -> visits.completePlan(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("endDate"));
            assertThat(visits.openPlan(taskId).form().getStartDate()).isEqualTo(LocalDate.of(2025, 8, 24));
        });
        assertThat(status()).isEqualTo(ReviewStatus.PLANNING);
        assertThat(audit.eventsOf(review.id(), "visit.planned")).isEmpty();
    }

    @Test
    void an_institution_without_an_assessor_keeps_the_review_in_planning() {
        acting.run("coordinator", () -> {
            String taskId = tasksOf("coordinator", "PlanVisit").get(0).taskId();
            PlanForm form = visits.openPlan(taskId).form();
            PlanForm.InstitutionVisit ncp = form.getInstitutions().stream()
                    .filter(v -> v.getLabel().startsWith("NCP")).findFirst().orElseThrow();
            ncp.setAssessors(java.util.Set.of());
            assertThatThrownBy(() -> visits.completePlan(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsEntry(ncp.field("assessors"), "Assign at least one assessor to " + ncp.getLabel()));
        });
        assertThat(status()).isEqualTo(ReviewStatus.PLANNING);
    }

    @Test
    void scores_outside_one_to_five_or_without_reasons_are_refused_and_other_assessors_cannot_submit_the_task() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        String taskId = tasksOf("assessor1", "AssessInstitution").get(0).taskId();

        acting.run("assessor1", () -> {
            AssessmentForm form = assessments.openAssessment(taskId).form();
            form.getScores().forEach(s -> {
                s.setScore(4);
                s.setRationale("Seen on site");
            });
            form.setNarrative("Visited the workshops.");
            AssessmentForm.Score first = form.getScores().get(0);
            first.setScore(7);
            assertThatThrownBy(() -> assessments.submit(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey(first.field("score")));
            first.setScore(2);
            first.setRationale(" ");
            assertThatThrownBy(() -> assessments.submit(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsKey(first.field("rationale")));
        });
        acting.run("assessor2", () -> assertThatThrownBy(() -> assessments.openAssessment(taskId))
                .isInstanceOf(NotAllowedException.class));
        assertThat(audit.eventsOf(review.id(), "assessment.submitted")).isEmpty();
        assertThat(status()).isEqualTo(ReviewStatus.ASSESSING);
    }

    @Test
    void a_task_completed_already_cannot_be_completed_again() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        String taskId = acting.as("coordinator", () -> tasksOf("coordinator", "PlanVisit").get(0).taskId());
        PlanForm form = scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);

        acting.run("coordinator", () -> assertThatThrownBy(() -> visits.completePlan(taskId, form))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no longer open"));
        assertThat(audit.eventsOf(review.id(), "visit.planned")).hasSize(1);
    }

    @Test
    void only_an_approver_who_did_not_write_the_findings_may_sign_them_off() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 4);
        scenario.consolidate(review);
        String taskId = acting.as("approver", () -> tasksOf("approver", "SignOffFindings").get(0).taskId());

        acting.run("coordinator", () -> assertThatThrownBy(() -> signOffs.openSignOff(taskId))
                .isInstanceOf(NotAllowedException.class));
        acting.run("lead", () -> assertThatThrownBy(() -> signOffs.decide(taskId, Decision.APPROVED, null, Map.of(), "x"))
                .isInstanceOf(NotAllowedException.class));
        acting.run("approver", () -> assertThatThrownBy(() -> signOffs.decide(taskId, Decision.REJECTED, "", Map.of(),
                signOffs.openSignOff(taskId).findingsHash())).isInstanceOf(InvalidInputException.class));
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);

        scenario.signOff(review, Decision.REJECTED, "The findings do not cover industrial participation.");
        assertThat(status()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void a_coordinator_can_cancel_a_running_review_and_its_tasks_disappear() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);

        acting.run("assessor1", () -> assertThatThrownBy(() -> reviews.cancelReview(review.id(), "no"))
                .isInstanceOf(NotAllowedException.class));
        acting.run("coordinator", () -> reviews.cancelReview(review.id(), "The visit was postponed indefinitely."));

        assertThat(status()).isEqualTo(ReviewStatus.CANCELLED);
        assertThat(tasksOf("assessor1", "AssessInstitution")).isEmpty();
    }

    @Test
    void an_assessor_sees_only_reviews_of_their_delegation_and_an_observer_only_published_ones() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);

        assertThat(acting.as("assessor2", () -> reviews.list(ReviewFilter.all(), org.springframework.data.domain.Pageable.ofSize(10))))
                .extracting(ReviewSummary::referenceCode).contains(REVIEW_2025);
        assertThat(acting.as("observer", () -> reviews.list(ReviewFilter.all(), org.springframework.data.domain.Pageable.ofSize(10))))
                .extracting(ReviewSummary::referenceCode).containsExactly("REV-2022-PK-01");
        assertThat(acting.as("approver", () -> reviews.list(ReviewFilter.all(), org.springframework.data.domain.Pageable.ofSize(10))))
                .extracting(ReviewSummary::referenceCode).doesNotContain(REVIEW_2025);
        acting.run("observer", () -> assertThatThrownBy(() -> reviews.details(review.id()))
                .isInstanceOf(NotAllowedException.class));
    }

    private ReviewStatus status() {
        return reviews.byReferenceCode(REVIEW_2025).status();
    }

    private List<InboxItem> tasksOf(String username, String key) {
        return acting.as(username, () -> inbox.page(0, 100).stream()
                .filter(t -> t.reviewCode().equals(REVIEW_2025) && t.route().contains("/" + key + "/")).toList());
    }
}
