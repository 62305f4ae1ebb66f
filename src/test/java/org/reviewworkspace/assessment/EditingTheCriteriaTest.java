package org.reviewworkspace.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator adapts the criteria the 2025 review inherited from 2022 (renames, adds,
 * removes, reorders) until the first assessment is submitted; after that they are fixed.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class EditingTheCriteriaTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired CriteriaService criteria;
    @Autowired AssessmentService assessments;
    @Autowired InboxService inbox;
    @Autowired AuditService audit;

    @Test
    void the_coordinator_renames_adds_removes_and_reorders_criteria_before_any_assessment_is_submitted() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        acting.run("coordinator", () -> {
            CriteriaDraft draft = criteria.openCriteria(REVIEW_2025);
            assertThat(draft.editable()).isTrue();
            assertThat(draft.criteria()).extracting(CriterionEdit::getName)
                    .containsExactly(DefaultCriteria.DEFAULTS.stream().map(DefaultCriteria.Template::name).toArray(String[]::new));
            List<CriterionEdit> edits = new ArrayList<>(draft.criteria());
            edits.get(0).setName("Participation in CERN experiments");
            edits.remove(3);
            CriterionEdit integration = edits.remove(3);
            edits.add(0, integration);
            edits.add(new CriterionEdit("Use of the Worldwide LHC Computing Grid",
                    "Tier-2 operations, availability and the people running them."));

            criteria.saveCriteria(review.id(), edits);
        });

        CriteriaDraft saved = acting.as("coordinator", () -> criteria.openCriteria(REVIEW_2025));
        assertThat(saved.criteria()).extracting(CriterionEdit::getName).containsExactly(
                "Integration with international projects", "Participation in CERN experiments",
                "Training and capacity building", "Industrial participation and technology transfer",
                "Use of the Worldwide LHC Computing Grid");
        assertThat(audit.eventsOf(review.id(), "criteria.edited")).singleElement().extracting(AuditEvent::getSummary)
                .asString().contains("renamed \"Participation in high-impact research\" to \"Participation in CERN "
                        + "experiments\"", "added \"Use of the Worldwide LHC Computing Grid\"",
                        "removed \"Human resource development\"");

        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        acting.run("assessor1", () -> {
            String taskId = inbox.page(0, 10).get(0).taskId();
            assertThat(assessments.openAssessment(taskId).form().getScores()).extracting(AssessmentForm.Score::getCriterion)
                    .first().isEqualTo("Integration with international projects");
        });
    }

    @Test
    void a_criterion_without_a_name_is_refused_beside_it_and_nothing_changes() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        acting.run("coordinator", () -> {
            List<CriterionEdit> edits = new ArrayList<>(criteria.openCriteria(REVIEW_2025).criteria());
            edits.get(1).setName("  ");

            assertThatThrownBy(() -> criteria.saveCriteria(review.id(), edits))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                            .containsEntry("name.1", "Name the criterion"));
        });
        assertThat(audit.eventsOf(review.id(), "criteria.edited")).isEmpty();
    }

    @Test
    void once_an_assessment_is_submitted_the_criteria_are_fixed() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        acting.run("assessor1", () -> {
            String taskId = inbox.page(0, 10).get(0).taskId();
            assessments.submit(taskId, AssessingAnInstitutionTest.complete(assessments.openAssessment(taskId).form()));
        });

        acting.run("coordinator", () -> {
            CriteriaDraft draft = criteria.openCriteria(REVIEW_2025);
            assertThat(draft.editable()).isFalse();
            assertThat(draft.lockReason()).isEqualTo("An assessment of REV-2025-PK-01 has been submitted, so its "
                    + "criteria are fixed.");
            List<CriterionEdit> edits = new ArrayList<>(draft.criteria());
            edits.get(0).setName("Participation in CERN experiments");
            assertThatThrownBy(() -> criteria.saveCriteria(review.id(), edits))
                    .isInstanceOf(NotAllowedException.class).hasMessage(draft.lockReason());
        });
        assertThat(acting.as("coordinator", () -> criteria.openCriteria(REVIEW_2025)).criteria().get(0).getName())
                .isEqualTo("Participation in high-impact research");
    }

    @Test
    void only_the_coordinator_of_the_review_may_edit_its_criteria() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        acting.run("lead", () -> {
            assertThatThrownBy(() -> criteria.openCriteria(REVIEW_2025)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> criteria.saveCriteria(review.id(), List.of(new CriterionEdit("Anything", ""))))
                    .isInstanceOf(NotAllowedException.class);
        });
    }

    @Test
    void removing_a_criterion_an_assessor_has_already_drafted_drops_that_score_and_keeps_the_rest() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        String taskId = acting.as("assessor1", () -> inbox.page(0, 10).get(0).taskId());
        acting.run("assessor1", () -> {
            AssessmentForm form = assessments.openAssessment(taskId).form();
            form.getScores().get(0).setScore(5);
            form.getScores().get(4).setScore(2);
            assessments.saveDraft(taskId, form);
        });

        acting.run("coordinator", () -> {
            List<CriterionEdit> edits = new ArrayList<>(criteria.openCriteria(REVIEW_2025).criteria());
            edits.remove(0);
            criteria.saveCriteria(review.id(), edits);
        });

        acting.run("assessor1", () -> {
            AssessmentForm form = assessments.openAssessment(taskId).form();
            assertThat(form.getScores()).hasSize(4);
            assertThat(form.getScores().get(3).getScore()).isEqualTo(2);
        });
        assertThat(audit.eventsOf(review.id(), "criteria.edited")).singleElement().extracting(AuditEvent::getSummary)
                .asString().contains("(and 1 draft score of it)");
    }

    @Test
    void a_criterion_changed_meanwhile_is_not_overwritten() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        acting.run("coordinator", () -> {
            List<CriterionEdit> first = new ArrayList<>(criteria.openCriteria(REVIEW_2025).criteria());
            List<CriterionEdit> second = new ArrayList<>(criteria.openCriteria(REVIEW_2025).criteria());
            first.get(0).setName("Participation in CERN experiments");
            criteria.saveCriteria(review.id(), first);
            second.get(0).setName("Authorship in CERN experiments");

            assertThatThrownBy(() -> criteria.saveCriteria(review.id(), second)).isInstanceOf(StaleDataException.class);
        });
    }
}
