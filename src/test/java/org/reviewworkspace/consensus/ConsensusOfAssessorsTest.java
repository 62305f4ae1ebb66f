package org.reviewworkspace.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reviewworkspace.assessment.AssessmentCommentService;
import org.reviewworkspace.assessment.AssessmentCommentView;
import org.reviewworkspace.assessment.Consensus;
import org.reviewworkspace.assessment.ConsensusAssessment;
import org.reviewworkspace.assessment.ConsensusRow;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Five assessors assess NCP in the 2025 review ({@link FiveAssessorsOnNcp}): the consensus shows
 * their scores side by side and where they disagree, keeps drafts private, and carries a comment
 * thread on each assessment.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(FiveAssessorsOnNcp.class)
class ConsensusOfAssessorsTest {

    @Autowired Acting acting;
    @Autowired ConsensusService consensus;
    @Autowired AssessmentCommentService comments;
    @Autowired AuditService audit;

    ReviewSummary review;
    long ncp;

    @BeforeAll
    void fiveAssessorsOnNcp(@Autowired FiveAssessorsOnNcp situation) {
        FiveAssessorsOnNcp.Result built = situation.build();
        review = built.review();
        ncp = built.ncp();
    }

    @Test
    void the_coordinator_sees_every_submitted_score_side_by_side_and_where_the_assessors_disagree() {
        Consensus result = acting.as("coordinator", () -> consensus.consensus(review.id(), ncp));

        assertThat(result.institution().acronym()).isEqualTo("NCP");
        assertThat(result.assessments()).extracting(ConsensusAssessment::assessorName)
                .containsExactly("Delegation lead", "Task-force member 1", "Task-force member 2");
        assertThat(result.rows()).hasSize(5);
        ConsensusRow first = result.rows().get(0);
        assertThat(first.cells()).extracting(c -> c.score()).containsExactlyInAnyOrder(4, 5, 2);
        assertThat(first.mean()).contains(new BigDecimal("3.7"));
        assertThat(first.rangeText()).isEqualTo("2–5");
        assertThat(first.disagreement()).isTrue();
        ConsensusRow second = result.rows().get(1);
        assertThat(second.mean()).contains(new BigDecimal("4.3"));
        assertThat(second.disagreement()).isFalse();
        assertThat(result.disagreements()).containsExactly(first);
        assertThat(first.cells()).allSatisfy(c -> assertThat(c.rationale()).startsWith("Seen at NCP by "));
        assertThat(result.mayComment()).isTrue();
    }

    @Test
    void an_unsubmitted_assessment_is_shown_to_its_author_only() {
        Consensus asAuthor = acting.as("assessor3", () -> consensus.consensus(review.id(), ncp));
        Consensus asColleague = acting.as("lead", () -> consensus.consensus(review.id(), ncp));

        assertThat(asAuthor.assessments()).hasSize(4).filteredOn(ConsensusAssessment::mine).singleElement()
                .satisfies(mine -> assertThat(mine.submitted()).isFalse());
        assertThat(asAuthor.rows().get(0).cells()).extracting(c -> c.score()).contains(1);
        assertThat(asColleague.assessments()).extracting(ConsensusAssessment::assessor)
                .containsExactlyInAnyOrder("lead", "assessor1", "assessor2");
        assertThat(asColleague.rows()).allSatisfy(row -> assertThat(row.cells()).extracting(c -> c.score())
                .doesNotContain(1));
        long draftId = asAuthor.assessments().stream().filter(ConsensusAssessment::mine).findFirst().orElseThrow()
                .assessmentId();
        acting.run("lead", () -> assertThatThrownBy(() -> comments.comments(draftId))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining("not submitted yet"));
    }

    @Test
    void an_observer_and_an_approver_are_refused_a_review_in_progress() {
        acting.run("observer", () -> assertThatThrownBy(() -> consensus.consensus(review.id(), ncp))
                .isInstanceOf(NotAllowedException.class));
        acting.run("approver", () -> assertThatThrownBy(() -> consensus.consensus(review.id(), ncp))
                .isInstanceOf(NotAllowedException.class));
        long leads = leadsAssessment();
        acting.run("observer", () -> assertThatThrownBy(() -> comments.postComment(leads, "Looks fine"))
                .isInstanceOf(NotAllowedException.class));
    }

    @Test
    void a_comment_is_stored_as_typed_shown_escaped_and_audited() {
        long leads = leadsAssessment();
        String typed = "Why **4** here? <script>alert('x')</script> <img src=x onerror=alert(1)>";

        AssessmentCommentView posted = acting.as("assessor1", () -> comments.postComment(leads, typed));

        List<AssessmentCommentView> thread = acting.as("coordinator", () -> comments.comments(leads));
        assertThat(thread).extracting(AssessmentCommentView::id).contains(posted.id());
        AssessmentCommentView shown = thread.stream().filter(c -> c.id() == posted.id()).findFirst().orElseThrow();
        assertThat(shown.markdown()).isEqualTo(typed);
        assertThat(shown.authorName()).isEqualTo("Task-force member 1");
        assertThat(shown.html()).contains("<strong>4</strong>", "&lt;script&gt;").doesNotContain("<script", "<img");
        // the sanitiser encodes more than it must (= as &#61;); what counts is what the reader sees
        assertThat(Jsoup.parseBodyFragment(shown.html()).text())
                .isEqualTo("Why 4 here? <script>alert('x')</script> <img src=x onerror=alert(1)>");
        assertThat(audit.eventsOf(review.id(), "assessment.commented")).extracting(AuditEvent::getSummary)
                .contains("Task-force member 1 commented on the NCP assessment by Delegation lead");
    }

    @Test
    void the_coordinator_and_members_comment_but_an_empty_or_overlong_comment_is_refused() {
        long leads = leadsAssessment();

        acting.run("coordinator", () -> comments.postComment(leads, "Please compare with the 2022 score."));
        acting.run("assessor4", () -> comments.postComment(leads, "- agreed\n- see my notes"));
        acting.run("assessor2", () -> {
            assertThatThrownBy(() -> comments.postComment(leads, "   ")).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("text"));
            assertThatThrownBy(() -> comments.postComment(leads, "x".repeat(4001)))
                    .isInstanceOf(InvalidInputException.class).hasMessage("At most 4000 characters");
        });

        assertThat(acting.as("lead", () -> comments.comments(leads))).extracting(AssessmentCommentView::markdown)
                .contains("Please compare with the 2022 score.", "- agreed\n- see my notes");
    }

    private long leadsAssessment() {
        return acting.as("coordinator", () -> consensus.consensus(review.id(), ncp)).assessments().stream()
                .filter(a -> a.assessor().equals("lead")).findFirst().orElseThrow().assessmentId();
    }
}
