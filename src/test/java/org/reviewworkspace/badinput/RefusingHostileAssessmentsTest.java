package org.reviewworkspace.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reviewworkspace.AssessmentFixtures;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentRules;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An assessment refuses hostile text, scores off the scale and criteria of another review, and
 * stores nothing of the refused form; unusual but legitimate text is kept as typed. On the 2025
 * review with its visit planned: assessor1 assesses HMC-3 (the form filled as the fixtures do).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusingHostileAssessmentsTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";
    static final String ASSESSOR = "assessor1";
    private static boolean planned;

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewService reviews;
    @Autowired AssessmentService assessments;
    @Autowired InboxService inbox;

    ReviewSummary review;
    Refusals refusals;
    InboxItem task;

    @BeforeEach
    void assessor1_has_the_assessment_of_hmc_3_open() {
        review = reviews.byReferenceCode(REVIEW_2025);
        refusals = new Refusals(acting, jdbc);
        if (!planned) {
            scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
            planned = true;
        }
        task = AssessmentFixtures.assessmentTaskOf(acting, inbox, ASSESSOR, REVIEW_2025);
    }

    // --- refused: a message beside the field, nothing stored ---

    @ParameterizedTest(name = "{0}")
    @MethodSource({"org.reviewworkspace.badinput.HostileInput#refused",
            "org.reviewworkspace.badinput.HostileInput#blankLooking"})
    void a_submitted_narrative_is_refused(String what, String text) {
        AssessmentForm form = completeForm();
        form.setNarrative(text);

        refusals.invalid(ASSESSOR, () -> assessments.submit(task.taskId(), form), "narrative",
                HostileInput.messageFor(text, "Summarise the visit in a few sentences",
                        "At most " + AssessmentRules.MAX_NARRATIVE + " characters", TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#unreadable")
    void a_score_rationale_is_refused_even_in_a_draft(String what, String text) {
        AssessmentForm form = completeForm();
        AssessmentForm.Score score = form.getScores().get(0);
        score.setRationale(text);

        refusals.invalid(ASSESSOR, () -> assessments.saveDraft(task.taskId(), form), score.field("rationale"),
                HostileInput.messageFor(text, null, "At most " + AssessmentRules.MAX_RATIONALE + " characters",
                        TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"org.reviewworkspace.badinput.HostileInput#refused",
            "org.reviewworkspace.badinput.HostileInput#blankLooking"})
    void the_reasons_for_a_score_of_5_must_be_given_in_readable_text(String what, String text) {
        AssessmentForm form = completeForm();
        AssessmentForm.Score score = form.getScores().get(0);
        score.setScore(5);
        score.setRationale(text);

        refusals.invalid(ASSESSOR, () -> assessments.submit(task.taskId(), form), score.field("rationale"),
                HostileInput.messageFor(text, "Give the reasons for a score of 5",
                        "At most " + AssessmentRules.MAX_RATIONALE + " characters", TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#unreadable")
    void a_draft_finding_is_refused_in_a_draft_and_on_submitting(String what, String text) {
        AssessmentForm form = completeForm();
        form.getFindings().get(0).setStatement(text);
        String message = HostileInput.messageFor(text, null, "At most " + FindingService.MAX_STATEMENT + " characters",
                TextInput.UNREADABLE);

        refusals.invalid(ASSESSOR, () -> assessments.saveDraft(task.taskId(), form), "finding.0", message);
        refusals.invalid(ASSESSOR, () -> assessments.submit(task.taskId(), form), "finding.0", message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void a_finding_of_invisible_spaces_is_not_written(String what, String text) {
        AssessmentForm form = completeForm();
        form.getFindings().get(0).setStatement(text);

        refusals.invalid(ASSESSOR, () -> assessments.submit(task.taskId(), form), "finding.0",
                "Write the finding or remove it");
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(ints = {0, 6, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void a_score_off_the_scale_is_refused(int outOfRange) {
        AssessmentForm form = completeForm();
        AssessmentForm.Score score = form.getScores().get(0);
        score.setScore(outOfRange);

        refusals.invalid(ASSESSOR, () -> assessments.saveDraft(task.taskId(), form), score.field("score"),
                "Score from 1 (weak) to 5 (excellent)");
        refusals.invalid(ASSESSOR, () -> assessments.submit(task.taskId(), form), score.field("score"),
                "Score from 1 (weak) to 5 (excellent)");
    }

    // --- ids of other things: not allowed or not found, nothing stored ---

    @Test
    void a_criterion_of_another_review_or_none_at_all_is_not_allowed() {
        long ofThe2022Review = jdbc.queryForObject("select min(c.id) from criterion c join review r on r.id = "
                + "c.review_id where r.reference_code = 'REV-2022-PK-01'", Long.class);
        String message = "The form names a criterion that is not one of this review's; reload it.";
        for (long criterionId : new long[] {ofThe2022Review, -1, Long.MAX_VALUE}) {
            AssessmentForm scored = completeForm();
            scored.getScores().get(0).setCriterionId(criterionId);
            refusals.refused(ASSESSOR, () -> assessments.saveDraft(task.taskId(), scored), NotAllowedException.class,
                    message);
            refusals.refused(ASSESSOR, () -> assessments.submit(task.taskId(), scored), NotAllowedException.class,
                    message);
            AssessmentForm linked = completeForm();
            linked.getFindings().get(0).setCriterionId(criterionId);
            refusals.refused(ASSESSOR, () -> assessments.saveDraft(task.taskId(), linked), NotAllowedException.class,
                    message);
        }
    }

    @Test
    void another_assessors_task_or_one_that_does_not_exist_is_refused() {
        String leadsTask = AssessmentFixtures.assessmentTaskOf(acting, inbox, "lead", REVIEW_2025).taskId();
        AssessmentForm form = completeForm();
        refusals.refused(ASSESSOR, () -> assessments.saveDraft(leadsTask, form), NotAllowedException.class,
                "This task is assigned to someone else.");
        refusals.refused(ASSESSOR, () -> assessments.submit(leadsTask, form), NotAllowedException.class,
                "This task is assigned to someone else.");
        refusals.refused(ASSESSOR, () -> assessments.saveDraft("no-such-task", form), NotFoundException.class,
                "This task is no longer open: it has been completed or withdrawn.");
    }

    // --- kept as typed ---

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#keptAsTyped")
    void the_narrative_a_rationale_and_a_draft_finding_are_stored_as_typed(String what, String text) {
        AssessmentForm form = completeForm();
        form.setNarrative(text);
        AssessmentForm.Score score = form.getScores().get(0);
        score.setRationale(text);
        form.getFindings().get(0).setStatement(text);

        acting.run(ASSESSOR, () -> assessments.saveDraft(task.taskId(), form));

        long assessmentId = jdbc.queryForObject("select id from assessment where review_id = ? and assessor = ?",
                Long.class, review.id(), ASSESSOR);
        assertThat(jdbc.queryForObject("select narrative from assessment where id = ?", String.class, assessmentId))
                .isEqualTo(text);
        assertThat(jdbc.queryForObject("select rationale from criterion_score where assessment_id = ? "
                + "and criterion_id = ?", String.class, assessmentId, score.getCriterionId())).isEqualTo(text);
        assertThat(jdbc.queryForList("select statement from finding where assessment_id = ?", String.class,
                assessmentId)).containsExactly(text);
    }

    /** The assessor's form as they would submit it: every criterion scored and explained, one finding. */
    private AssessmentForm completeForm() {
        return acting.as(ASSESSOR, () -> AssessmentFixtures.completeForm(assessments, task));
    }
}
