package org.reviewworkspace.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.ConsolidationDraft;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.finding.FindingCommentView;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The approver signs off exactly the findings set they saw: each decision keeps the revisions it
 * was made on, a later round shows what changed since, and the four-eyes rule keeps the people
 * who wrote or consolidated the findings away from the task.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class SigningOffAnExactVersionTest {

    private static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired FindingService findings;
    @Autowired SignOffService signOffs;
    @Autowired FindingCommentService findingComments;
    @Autowired InboxService inbox;
    @Autowired AuditService audit;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    private ReviewSummary review;

    @BeforeEach
    void the_2025_assessments_are_submitted() {
        review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 3);
    }

    @Test
    void after_changes_to_two_findings_the_next_round_highlights_exactly_those_two_and_the_old_decision_no_longer_applies() {
        scenario.consolidate(review);
        List<FindingView> firstSet = findings.findingsSet(review.id());
        FindingView first = firstSet.get(0);
        FindingView second = firstSet.get(3);
        String round1 = signOffTask();
        acting.run("approver", () -> signOffs.decide(round1, Decision.CHANGES_REQUESTED, null,
                Map.of(first.id(), "Name the experiments.", second.id(), "Say which firms."),
                signOffs.openSignOff(round1).findingsHash()));
        assertThat(status()).isEqualTo(ReviewStatus.CHANGES_REQUESTED);

        Map<Long, List<FindingCommentView>> asked = reviseAsCoordinator(
                Map.of(first.id(), " They join ALICE and CMS.", second.id(), " Local SMEs first."));
        assertThat(asked).as("the coordinator sees each request on its finding").containsOnlyKeys(first.id(),
                second.id());
        assertThat(asked.get(second.id())).extracting(FindingCommentView::body).containsExactly("Say which firms.");

        String round2 = signOffTask();
        SignOffDraft draft = acting.as("approver", () -> signOffs.openSignOff(round2));
        assertThat(draft.round()).isEqualTo(2);
        assertThat(draft.changes()).extracting(SetChange::findingId).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(draft.changes()).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(SetChange.Kind.REVISED);
            assertThat(change.toRevision()).isGreaterThan(change.fromRevision());
        });
        assertThat(draft.earlierRequests()).containsEntry(first.id(), List.of("Name the experiments."));
        assertThat(draft.history()).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(Decision.CHANGES_REQUESTED);
            assertThat(r.stillApplies()).as("round 1 was decided on another version").isFalse();
        });

        acting.run("approver", () -> signOffs.decide(round2, Decision.APPROVED, null, Map.of(), draft.findingsHash()));

        assertThat(status()).isEqualTo(ReviewStatus.PUBLISHED);
        List<SignOffRecord> decisions = acting.as("approver", () -> signOffs.decisions(review.id()));
        assertThat(decisions).extracting(SignOffRecord::stillApplies).containsExactly(false, true);
        assertThat(decisions.get(1).findingsHash()).isEqualTo(SignOffService.hash(findings.findingsSet(review.id())));
    }

    @Test
    void once_published_the_findings_are_frozen_for_everyone_and_attempts_change_nothing() {
        String consolidation = acting.as("coordinator", () -> inbox.page(0, 50).stream()
                .filter(t -> t.route().contains("/ConsolidateFindings/")).findFirst().orElseThrow().taskId());
        List<FindingEdit> edits = new ArrayList<>(acting.as("coordinator",
                () -> findings.openConsolidation(consolidation).findings()));
        scenario.consolidate(review);
        scenario.signOff(review, Decision.APPROVED, null);
        List<FindingView> published = findings.findingsSet(review.id());
        edits.get(0).setStatement("Rewritten after publication.");

        assertThatThrownBy(() -> acting.run("coordinator", () -> findings.saveConsolidation(consolidation, edits)))
                .hasMessageContaining("no longer open");
        assertThatThrownBy(() -> acting.run("lead", () -> findingComments.postComment(published.get(0).id(),
                "One more thought."))).hasMessage("The review is published; its findings are frozen.");
        assertThat(findings.findingsSet(review.id())).isEqualTo(published);
        assertThat(acting.as("coordinator", () -> findingComments.comments(published.get(0).id()))).isEmpty();
    }

    @Test
    void a_decision_on_a_set_that_changed_after_the_approver_opened_it_is_refused() {
        scenario.consolidate(review);
        String task = signOffTask();
        String seen = acting.as("approver", () -> signOffs.openSignOff(task)).findingsHash();

        assertThatThrownBy(() -> acting.run("approver", () -> signOffs.decide(task, Decision.APPROVED, null, Map.of(),
                seen.replace(seen.charAt(0), seen.charAt(0) == 'a' ? 'b' : 'a'))))
                .hasMessageContaining("The findings changed since you opened them");
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void rejecting_without_a_rationale_is_refused_beside_the_rationale_and_nothing_is_recorded() {
        scenario.consolidate(review);
        String task = signOffTask();
        String seen = acting.as("approver", () -> signOffs.openSignOff(task)).findingsHash();

        assertThatThrownBy(() -> acting.run("approver", () -> signOffs.decide(task, Decision.REJECTED, "  ", Map.of(),
                seen))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("rationale", "Say why the findings are rejected"));
        assertThat(acting.as("approver", () -> signOffs.decisions(review.id()))).isEmpty();
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void a_request_on_a_finding_of_another_review_is_refused() {
        scenario.consolidate(review);
        String task = signOffTask();
        String seen = acting.as("approver", () -> signOffs.openSignOff(task)).findingsHash();
        long foreign = findings.findingsSet(reviews.byReferenceCode("REV-2022-PK-01").id()).get(0).id();

        assertThatThrownBy(() -> acting.run("approver", () -> signOffs.decide(task, Decision.CHANGES_REQUESTED, null,
                Map.of(foreign, "Change this."), seen))).isInstanceOf(NotAllowedException.class);
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void an_approver_who_raised_findings_never_sees_the_task_and_is_refused_and_audited_when_crafting_the_request() {
        // assessor1 also holds the approver role, and a second independent approver exists
        jdbc.update("insert into app_user_role (user_id, role) select id, 'APPROVER' from app_user where username = ?",
                "assessor1");
        accounts.createIfAbsent("approver2", "Second approver", null, "approver2-secret-2025", Set.of(Role.APPROVER));
        scenario.consolidate(review);
        String task = signOffTask();

        assertThat(acting.as("assessor1", () -> inbox.page(0, 50))).extracting(InboxItem::route)
                .noneMatch(route -> route.contains("/SignOffFindings/"));
        assertThat(acting.as("approver2", () -> inbox.page(0, 50))).extracting(InboxItem::taskId).contains(task);
        assertThatThrownBy(() -> acting.run("assessor1", () -> signOffs.decide(task, Decision.APPROVED, null, Map.of(),
                SignOffService.hash(findings.findingsSet(review.id())))))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("you raised some of these findings");

        assertThat(audit.eventsOf(review.id(), "signoff.refused")).extracting(AuditEvent::getActor)
                .containsExactly("assessor1");
        assertThat(status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void the_coordinator_who_consolidated_cannot_sign_off_even_holding_the_approver_role() {
        jdbc.update("insert into app_user_role (user_id, role) select id, 'APPROVER' from app_user where username = ?",
                "coordinator");
        scenario.consolidate(review);
        String task = signOffTask();

        assertThatThrownBy(() -> acting.run("coordinator", () -> signOffs.openSignOff(task)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("you consolidated these findings");
        assertThat(audit.eventsOf(review.id(), "signoff.refused")).extracting(AuditEvent::getSummary)
                .singleElement().asString().contains("four-eyes rule");
    }

    /** Adds to the statements of some findings and sends the set again; returns the requests the form showed. */
    private Map<Long, List<FindingCommentView>> reviseAsCoordinator(Map<Long, String> additions) {
        return acting.as("coordinator", () -> {
            String task = inbox.page(0, 50).stream().filter(t -> t.route().contains("/ConsolidateFindings/"))
                    .findFirst().orElseThrow().taskId();
            ConsolidationDraft draft = findings.openConsolidation(task);
            List<FindingEdit> edits = new ArrayList<>(draft.findings());
            edits.stream().filter(e -> additions.containsKey(e.getId()))
                    .forEach(e -> e.setStatement(e.getStatement() + additions.get(e.getId())));
            findings.completeConsolidation(task, edits);
            return draft.requests();
        });
    }

    private String signOffTask() {
        return acting.as("approver", () -> inbox.page(0, 50).stream()
                .filter(t -> t.route().contains("/SignOffFindings/")).findFirst().orElseThrow().taskId());
    }

    private ReviewStatus status() {
        return reviews.byReferenceCode(REVIEW_2025).status();
    }
}
