package org.reviewworkspace.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The discussion of the findings of the 2025 review, consolidating after the visit and the six
 * assessments: who may read and post, mentions, bad input, and the approver's change requests.
 * The published 2022 review shows that findings are frozen once published. The last test moves
 * the 2025 review on to its sign-off, so it runs last and the context is left behind.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommentingOnFindingsTest {

    @Autowired Acting acting;
    @Autowired ReferenceScenario scenario;
    @Autowired ReviewService reviews;
    @Autowired FindingService findings;
    @Autowired FindingCommentService comments;
    @Autowired AuditService audit;
    @Autowired TransactionTemplate transaction;

    ReviewSummary review;
    long ncpStrength;
    long ncpRecommendation;
    long published2022;

    @BeforeAll
    void the_2025_findings_are_being_consolidated() {
        review = reviews.byReferenceCode("REV-2025-PK-01");
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 3);
        assertThat(reviews.byId(review.id()).status()).isEqualTo(ReviewStatus.CONSOLIDATING);
        List<FindingView> set = acting.as("coordinator", () -> findings.findingsOf(review.id()));
        ncpStrength = set.stream().filter(f -> f.institution().equals("NCP") && f.type() == FindingType.STRENGTH)
                .findFirst().orElseThrow().id();
        ncpRecommendation = set.stream()
                .filter(f -> f.institution().equals("NCP") && f.type() == FindingType.RECOMMENDATION)
                .findFirst().orElseThrow().id();
        long review2022 = reviews.byReferenceCode("REV-2022-PK-01").id();
        published2022 = acting.as("coordinator", () -> findings.findingsOf(review2022)).get(0).id();
    }

    @Test
    void a_member_mentions_colleagues_and_the_comment_is_kept_as_typed_shown_with_their_names_and_audited() {
        String typed = "@assessor1 could you check the **supplier list**? cc @coordinator";

        FindingCommentView posted = acting.as("lead", () -> comments.postComment(ncpStrength, typed));

        FindingCommentView shown = acting.as("assessor2", () -> comments.comments(ncpStrength)).stream()
                .filter(c -> c.id().equals(posted.id())).findFirst().orElseThrow();
        assertThat(shown.body()).isEqualTo(typed);
        assertThat(shown.authorName()).isEqualTo("Delegation lead");
        assertThat(shown.changeRequest()).isFalse();
        assertThat(Jsoup.parseBodyFragment(shown.html()).select("span.mention").eachText())
                .containsExactly("@Task-force member 1", "@Review coordinator");
        assertThat(shown.html()).contains("<strong>supplier list</strong>");
        AuditEvent event = audit.eventsOf(review.id(), "finding.commented").stream()
                .filter(e -> e.getEntityId().equals(posted.id().toString())).findFirst().orElseThrow();
        assertThat(event.getActor()).isEqualTo("lead");
        assertThat(event.getSummary()).isEqualTo("Delegation lead commented on finding #" + ncpStrength
                + " and mentioned Task-force member 1, Review coordinator");
        assertThat(event.getAfter()).isEqualTo(typed);
    }

    @Test
    void a_mention_of_someone_outside_the_review_stays_plain_text() {
        FindingCommentView posted = acting.as("assessor3",
                () -> comments.postComment(ncpStrength, "Ask @approver, @observer or @nobody later."));

        assertThat(Jsoup.parseBodyFragment(posted.html()).select("span.mention")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(posted.html()).text())
                .isEqualTo("Ask @approver, @observer or @nobody later.");
        assertThat(audit.eventsOf(review.id(), "finding.commented")).extracting(AuditEvent::getSummary)
                .contains("Task-force member 3 commented on finding #" + ncpStrength);
    }

    @Test
    void the_coordinator_sees_whom_they_may_mention_and_may_post() {
        FindingCommentThread thread = acting.as("coordinator", () -> comments.thread(ncpRecommendation));

        assertThat(thread.mayPost()).isTrue();
        assertThat(thread.whyNot()).isNull();
        assertThat(thread.mentionable()).containsExactly(Map.entry("coordinator", "Review coordinator"),
                Map.entry("lead", "Delegation lead"), Map.entry("assessor1", "Task-force member 1"),
                Map.entry("assessor2", "Task-force member 2"), Map.entry("assessor3", "Task-force member 3"),
                Map.entry("assessor4", "Task-force member 4"));
    }

    @Test
    void an_observer_reads_neither_the_discussion_of_a_running_review_nor_that_behind_a_published_report() {
        acting.run("observer", () -> {
            assertThatThrownBy(() -> comments.comments(published2022)).isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("observers read the published report");
            assertThatThrownBy(() -> comments.postComment(ncpStrength, "Looks fine"))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> comments.comments(ncpStrength)).isInstanceOf(NotAllowedException.class);
        });
        acting.run("admin", () -> assertThatThrownBy(() -> comments.postComment(ncpStrength, "Looks fine"))
                .isInstanceOf(NotAllowedException.class));
        assertThat(acting.as("coordinator", () -> comments.comments(ncpStrength)))
                .extracting(FindingCommentView::body).doesNotContain("Looks fine");
    }

    @Test
    void the_approver_does_not_see_the_discussion_before_the_findings_reach_them() {
        acting.run("approver", () -> {
            assertThatThrownBy(() -> comments.comments(ncpStrength)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> comments.postComment(ncpStrength, "Early view"))
                    .isInstanceOf(NotAllowedException.class);
        });
    }

    @Test
    void a_comment_of_a_hundred_kilobytes_is_refused_with_the_limit_and_nothing_is_stored() {
        long before = countOn(ncpRecommendation);
        int events = audit.eventsOf(review.id(), "finding.commented").size();

        acting.run("assessor4", () -> assertThatThrownBy(
                () -> comments.postComment(ncpRecommendation, "<script>alert(1)</script>".repeat(4_200)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("text", "At most 4000 characters"))));

        assertThat(countOn(ncpRecommendation)).isEqualTo(before);
        assertThat(audit.eventsOf(review.id(), "finding.commented")).hasSize(events);
    }

    @Test
    void a_blank_comment_is_refused_and_nothing_is_stored() {
        long before = countOn(ncpRecommendation);

        acting.run("assessor4", () -> assertThatThrownBy(() -> comments.postComment(ncpRecommendation, " \n "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("text", "Write your comment first"))));

        assertThat(countOn(ncpRecommendation)).isEqualTo(before);
    }

    @Test
    void once_a_review_is_published_its_findings_take_no_more_comments() {
        acting.run("coordinator", () -> {
            assertThatThrownBy(() -> comments.postComment(published2022, "One more thing"))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("The review is published; its findings are frozen.");
            FindingCommentThread thread = comments.thread(published2022);
            assertThat(thread.mayPost()).isFalse();
            assertThat(thread.whyNot()).isEqualTo("The review is published; its findings are frozen.");
        });
    }

    @Test
    void a_script_posted_as_a_comment_is_kept_as_typed_but_shown_inert() {
        String typed = "<script>alert(1)</script> [minutes](javascript:alert(1)) <img src=x onerror=alert(1)>";

        FindingCommentView posted = acting.as("assessor1", () -> comments.postComment(ncpRecommendation, typed));

        FindingCommentView shown = acting.as("coordinator", () -> comments.comments(ncpRecommendation)).stream()
                .filter(c -> c.id().equals(posted.id())).findFirst().orElseThrow();
        assertThat(shown.body()).isEqualTo(typed);
        assertThat(shown.html()).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<img");
        assertThat(Jsoup.parseBodyFragment(shown.html()).text())
                .isEqualTo("<script>alert(1)</script> minutes <img src=x onerror=alert(1)>");
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void the_approvers_change_requests_are_grouped_by_finding_and_marked_in_the_threads() {
        scenario.consolidate(review);
        scenario.signOff(review, Decision.CHANGES_REQUESTED, "Please make the NCP findings concrete.");
        assertThat(reviews.byId(review.id()).status()).isEqualTo(ReviewStatus.CHANGES_REQUESTED);
        List<AuditEvent> decisions = audit.eventsOf(review.id(), "signoff.decided");
        long signOffId = Long.parseLong(decisions.get(decisions.size() - 1).getEntityId());

        acting.run("approver", () -> transaction.executeWithoutResult(status -> {
            comments.requestChange(ncpRecommendation, "Name the local firms meant.", signOffId);
            comments.requestChange(ncpStrength, "How many students?", signOffId);
            comments.requestChange(ncpRecommendation, "And give a target date.", signOffId);
        }));

        Map<Long, List<FindingCommentView>> requests = acting.as("lead",
                () -> comments.changeRequests(review.id(), signOffId));
        assertThat(requests).containsOnlyKeys(ncpRecommendation, ncpStrength);
        assertThat(requests.get(ncpRecommendation)).extracting(FindingCommentView::body)
                .containsExactly("Name the local firms meant.", "And give a target date.");
        assertThat(requests.get(ncpStrength)).singleElement().satisfies(r -> {
            assertThat(r.changeRequest()).isTrue();
            assertThat(r.authorName()).isEqualTo("Approver");
        });
        assertThat(acting.as("coordinator", () -> comments.comments(ncpStrength)))
                .filteredOn(FindingCommentView::changeRequest).extracting(FindingCommentView::body)
                .containsExactly("How many students?");
        assertThat(acting.as("approver", () -> comments.commentCounts(review.id())).get(ncpRecommendation))
                .isGreaterThanOrEqualTo(2);
        FindingCommentView reply = acting.as("approver", () -> comments.postComment(ncpStrength, "@lead thanks"));
        assertThat(Jsoup.parseBodyFragment(reply.html()).select("span.mention").text()).isEqualTo("@Delegation lead");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_change_request_outside_a_sign_off_or_on_another_reviews_finding_is_refused() {
        assertThatThrownBy(() -> acting.run("approver", () -> comments.requestChange(ncpStrength, "x", 1L)))
                .isInstanceOf(IllegalTransactionStateException.class);
        List<AuditEvent> decisions = audit.eventsOf(review.id(), "signoff.decided");
        long signOffId = Long.parseLong(decisions.get(decisions.size() - 1).getEntityId());

        acting.run("approver", () -> transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> comments.requestChange(published2022, "Change this", signOffId))
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> comments.requestChange(ncpStrength, "x".repeat(4001), signOffId))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsExactly(Map.entry("request." + ncpStrength, "At most 4000 characters")));
            status.setRollbackOnly();
        }));
        acting.run("lead", () -> transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> comments.requestChange(ncpStrength, "I'd like this changed", signOffId))
                    .isInstanceOf(NotAllowedException.class);
            status.setRollbackOnly();
        }));
    }

    private long countOn(long findingId) {
        return acting.as("coordinator", () -> comments.commentCounts(review.id())).getOrDefault(findingId, 0L);
    }
}
