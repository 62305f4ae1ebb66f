package org.reviewworkspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The delegation lead assesses NCP after the 2025 visit (24–28 August 2025): scores 1–5 or
 * N/A with the reasons the rules ask for, drafts that keep what was typed, no silent overwrite
 * from a second tab, and a submitted assessment the coordinator may reopen.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AssessingAnInstitutionTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired InboxService inbox;
    @Autowired AuditService audit;

    private ReviewSummary review;

    @BeforeEach
    void the_2025_visit_is_over_and_the_assessments_are_under_way() {
        review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        assertThat(reviews.byReferenceCode(REVIEW_2025).status()).isEqualTo(ReviewStatus.ASSESSING);
    }

    @Test
    void a_score_of_2_without_reasons_is_refused_at_its_rationale() {
        acting.run("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm form = complete(assessments.openAssessment(taskId).form());
            AssessmentForm.Score second = form.getScores().get(1);
            second.setScore(2);
            second.setRationale(" ");

            assertThatThrownBy(() -> assessments.submit(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsOnly(java.util.Map.entry(second.field("rationale"),
                                    "Give the reasons for a score of 2")));
            assertThat(ncpTask()).as("the task stays open").isEqualTo(taskId);
        });
        assertThat(audit.eventsOf(review.id(), "assessment.submitted")).isEmpty();
    }

    @Test
    void scores_of_3_and_4_need_no_reasons_and_the_assessment_is_submitted() {
        acting.run("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm form = complete(assessments.openAssessment(taskId).form());
            form.getScores().forEach(s -> {
                s.setScore(4);
                s.setRationale("");
            });
            form.getScores().get(0).setScore(3);

            assessments.submit(taskId, form);
        });
        assertThat(audit.eventsOf(review.id(), "assessment.submitted")).extracting(AuditEvent::getSummary)
                .singleElement().asString().startsWith("Delegation lead submitted the NCP assessment")
                .endsWith("with 1 draft findings");
        assertThat(acting.as("lead", this::ncpTasks)).isEmpty();
    }

    @Test
    void not_applicable_without_a_reason_is_refused_and_with_one_it_is_kept_as_na() {
        acting.run("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm form = complete(assessments.openAssessment(taskId).form());
            AssessmentForm.Score industry = form.getScores().get(2);
            industry.setScore(null);
            industry.setNotApplicable(true);
            industry.setRationale("");

            assertThatThrownBy(() -> assessments.submit(taskId, form)).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsEntry(industry.field("rationale"), "Say why this criterion does not apply"));

            industry.setRationale("NCP is a research centre; it does not supply industrial components.");
            assessments.saveDraft(taskId, form);
            AssessmentForm reopened = assessments.openAssessment(taskId).form();
            assertThat(reopened.getScores().get(2).isNotApplicable()).isTrue();
            assertThat(reopened.getScores().get(2).getScore()).isNull();
            assertThat(reopened.getScores().get(2).getRationale()).startsWith("NCP is a research centre");
        });
    }

    @Test
    void a_draft_may_be_incomplete_and_comes_back_exactly_as_typed_with_its_linked_criterion() {
        acting.run("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm form = assessments.openAssessment(taskId).form();
            form.getScores().get(0).setScore(1);
            form.setNarrative("Met the director of NCP; the tour of the computing centre is still to be written up");
            Long training = form.getScores().get(1).getCriterionId();
            form.getFindings().add(new FindingDraft(FindingType.CONCERN, Priority.HIGH,
                    "Few PhD students of NCP go on to CERN fellowships.", training));
            form.getFindings().add(new FindingDraft());

            long version = assessments.saveDraft(taskId, form);

            assertThat(form.getVersion()).isEqualTo(version);
            AssessmentForm reopened = assessments.openAssessment(taskId).form();
            assertThat(reopened.getVersion()).isEqualTo(version);
            assertThat(reopened.getScores().get(0).getScore()).isEqualTo(1);
            assertThat(reopened.getScores().get(0).getRationale()).isEmpty();
            assertThat(reopened.getNarrative()).isEqualTo(form.getNarrative());
            assertThat(reopened.getFindings()).as("the empty finding row is not kept").singleElement()
                    .satisfies(f -> {
                        assertThat(f.getStatement()).isEqualTo("Few PhD students of NCP go on to CERN fellowships.");
                        assertThat(f.getCriterionId()).isEqualTo(training);
                    });
        });
    }

    @Test
    void the_later_of_two_tabs_is_refused_and_keeps_its_text_while_autosave_keeps_its_own_version_in_step() {
        acting.run("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm first = assessments.openAssessment(taskId).form();
            AssessmentForm second = assessments.openAssessment(taskId).form();
            first.setNarrative("Typed in the first tab");
            assessments.saveDraft(taskId, first);
            first.setNarrative("Typed in the first tab, and more");
            assessments.saveDraft(taskId, first);

            second.setNarrative("Typed in the second tab");
            assertThatThrownBy(() -> assessments.saveDraft(taskId, second)).isInstanceOf(StaleDataException.class)
                    .hasMessageContaining("saved from another window");
            assertThat(second.getNarrative()).isEqualTo("Typed in the second tab");
            assertThat(assessments.openAssessment(taskId).form().getNarrative())
                    .isEqualTo("Typed in the first tab, and more");
        });
    }

    @Test
    void the_coordinator_reopens_a_submitted_assessment_with_a_reason_and_the_assessor_has_the_task_again() {
        Long assessmentId = submitNcp();

        acting.run("coordinator", () -> {
            SubmittedAssessments submitted = assessments.submittedAssessments(REVIEW_2025);
            assertThat(submitted.reopenable()).isTrue();
            assertThat(submitted.assessments()).extracting(SubmittedAssessment::institutionAcronym)
                    .containsExactly("NCP");
            assessments.reopen(assessmentId, "The score of criterion 2 contradicts the narrative.");
        });

        acting.run("lead", () -> {
            String taskId = ncpTask();
            AssessmentForm form = assessments.openAssessment(taskId).form();
            assertThat(form.getNarrative()).as("what was submitted is there").startsWith("The delegation met");
            form.getScores().get(1).setScore(4);
            assessments.submit(taskId, form);
        });
        assertThat(audit.eventsOf(review.id(), "assessment.reopened")).extracting(AuditEvent::getSummary)
                .containsExactly("Review coordinator reopened the NCP assessment of Delegation lead: The score of "
                        + "criterion 2 contradicts the narrative.");
        assertThat(audit.eventsOf(review.id(), "assessment.submitted")).hasSize(2);
        assertThat(reviews.byReferenceCode(REVIEW_2025).status()).isEqualTo(ReviewStatus.ASSESSING);
    }

    @Test
    void reopening_without_a_reason_or_by_an_assessor_is_refused_and_the_assessment_stays_locked() {
        Long assessmentId = submitNcp();

        acting.run("coordinator", () -> assertThatThrownBy(() -> assessments.reopen(assessmentId, " "))
                .isInstanceOf(InvalidInputException.class));
        acting.run("lead", () -> {
            assertThatThrownBy(() -> assessments.reopen(assessmentId, "I want to change a score"))
                    .isInstanceOf(NotAllowedException.class);
            assertThat(ncpTasks()).isEmpty();
        });
        assertThat(audit.eventsOf(review.id(), "assessment.reopened")).isEmpty();
    }

    @Test
    void once_consolidation_has_started_no_assessment_can_be_reopened() {
        scenario.submitAllAssessments(review, 3);
        assertThat(reviews.byReferenceCode(REVIEW_2025).status()).isEqualTo(ReviewStatus.CONSOLIDATING);

        acting.run("coordinator", () -> {
            SubmittedAssessments submitted = assessments.submittedAssessments(REVIEW_2025);
            assertThat(submitted.reopenable()).isFalse();
            assertThat(submitted.assessments()).hasSize(6);
            assertThatThrownBy(() -> assessments.reopen(submitted.assessments().get(0).assessmentId(), "Too late"))
                    .isInstanceOf(NotAllowedException.class).hasMessageContaining("until consolidation starts");
        });
    }

    private Long submitNcp() {
        acting.run("lead", () -> {
            String taskId = ncpTask();
            assessments.submit(taskId, complete(assessments.openAssessment(taskId).form()));
        });
        return acting.as("coordinator", () -> assessments.submittedAssessments(REVIEW_2025)).assessments().get(0)
                .assessmentId();
    }

    /** What the lead would type for NCP: every criterion scored 3 or 4 with reasons, a narrative, one finding. */
    static AssessmentForm complete(AssessmentForm form) {
        int i = 0;
        for (AssessmentForm.Score score : form.getScores()) {
            score.setScore(3 + i++ % 2);
            score.setRationale("Seen at NCP on 24 August 2025 and in the documents the host provided.");
        }
        form.setNarrative("The delegation met the management and research staff of NCP and toured the computing "
                + "centre.");
        form.setFindings(new ArrayList<>(List.of(new FindingDraft(FindingType.STRENGTH, Priority.MEDIUM,
                "NCP runs a Tier-2 centre that serves the CMS collaboration."))));
        return form;
    }

    private String ncpTask() {
        return ncpTasks().get(0).taskId();
    }

    private List<InboxItem> ncpTasks() {
        return inbox.page(0, 50).stream().filter(t -> t.reviewCode().equals(REVIEW_2025)
                && t.route().contains("/AssessInstitution/") && "NCP".equals(t.institution())).toList();
    }
}
