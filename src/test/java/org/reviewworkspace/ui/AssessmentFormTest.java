package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.CriteriaService;
import org.reviewworkspace.assessment.CriterionEdit;
import org.reviewworkspace.assessment.ui.AssessInstitutionView;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.review.ReviewStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * "Assess institution" in the browser for the delegation lead, who assesses NCP after the 2025
 * visit: rationale rules at the field, autosave without pressing anything, a draft that is
 * back when the form is opened again, and the coordinator's criteria and reopen screens.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AssessmentFormTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;
    @Autowired AssessmentService assessments;
    @Autowired CriteriaService criteria;
    @Autowired AuditService audit;

    private InboxItem ncp;

    @BeforeEach
    void the_2025_visit_is_over_and_the_lead_assesses_ncp() {
        if (review(REVIEW_2025).status() == ReviewStatus.PLANNING) {
            scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        }
        ncp = acting.as("lead", () -> inbox.page(0, 50)).stream()
                .filter(t -> t.reviewCode().equals(REVIEW_2025) && "NCP".equals(t.institution())).findFirst()
                .orElseThrow();
    }

    @Test
    void a_finding_added_on_the_form_is_saved_with_the_draft() {
        signInAs("lead");
        navigateTo(ncp.route());

        _click(_get(Button.class, spec -> spec.withId("assessment-add-finding")));
        _setValue(_get(TextArea.class, spec -> spec.withId("finding-statement-0")),
                "NCP should widen the participation of local firms in supplying components.");
        _click(_get(Button.class, spec -> spec.withId("assessment-save-draft")));

        assertThat(acting.as("lead", () -> assessments.openAssessment(ncp.taskId())).form().getFindings())
                .extracting(finding -> finding.getStatement())
                .containsExactly("NCP should widen the participation of local firms in supplying components.");
    }

    @Test
    void a_score_of_1_without_reasons_is_marked_beside_its_reasons_and_the_task_stays_open() {
        signInAs("lead");
        navigateTo(ncp.route());
        List<Select<String>> scores = scoreFields();
        scores.forEach(score -> _setValue(score, "4"));
        _setValue(scores.get(0), "1");
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-narrative")),
                "The delegation met the director and the CMS group of NCP.");

        _click(_get(Button.class, spec -> spec.withId("assessment-submit")));

        _expectInvalid(rationaleOf(scores.get(0)), "Give the reasons for a score of 1");
        assertThat(rationaleOf(scores.get(1)).isInvalid()).as("a 4 needs no reasons").isFalse();
        assertThat(currentView()).isEqualTo(AssessInstitutionView.class);
        assertThat(audit.eventsOf(review(REVIEW_2025).id(), "assessment.submitted")).isEmpty();
    }

    @Test
    @DirtiesContext
    void a_typed_narrative_is_saved_shortly_after_without_pressing_save() {
        signInAs("lead");
        navigateTo(ncp.route());
        assertThat(savedAt()).isEqualTo("Not saved yet");

        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-narrative")), "Met the director of NCP");
        assertThat(UI.getCurrent().getPollInterval()).as("the browser will come back to save").isPositive();
        poll();

        assertThat(savedAt()).startsWith("Saved at ");
        assertThat(UI.getCurrent().getPollInterval()).as("nothing left to save").isNegative();
        assertThat(savedNarrative()).isEqualTo("Met the director of NCP");
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-narrative")), "Met the director of NCP twice");
        poll();
        assertThat(savedNarrative()).as("the form's version kept in step").isEqualTo("Met the director of NCP twice");
    }

    @Test
    @DirtiesContext
    void leaving_the_form_saves_it_and_opening_it_again_restores_exactly_what_was_typed() {
        signInAs("lead");
        navigateTo(ncp.route());
        Select<String> first = scoreFields().get(0);
        _setValue(first, "N/A");
        _setValue(rationaleOf(first), "Not a question for a research centre.\n");
        _setValue(_get(TextArea.class, spec -> spec.withId("assessment-narrative")), "Half written ");

        navigateTo("");
        assertThat(currentView()).isEqualTo(InboxView.class);
        navigateTo(ncp.route());

        assertThat(scoreFields().get(0).getValue()).isEqualTo("N/A");
        assertThat(rationaleOf(scoreFields().get(0)).getValue()).isEqualTo("Not a question for a research centre.\n");
        assertThat(_get(TextArea.class, spec -> spec.withId("assessment-narrative")).getValue())
                .isEqualTo("Half written ");
        assertThat(savedAt()).startsWith("Saved at ");
    }

    @Test
    @DirtiesContext
    void a_draft_saved_meanwhile_in_another_tab_is_not_overwritten_and_this_tab_keeps_its_text() {
        signInAs("lead");
        navigateTo(ncp.route());
        acting.run("lead", () -> {
            AssessmentForm other = assessments.openAssessment(ncp.taskId()).form();
            other.setNarrative("Typed in the other tab");
            assessments.saveDraft(ncp.taskId(), other);
        });

        TextArea narrative = _get(TextArea.class, spec -> spec.withId("assessment-narrative"));
        _setValue(narrative, "Typed in this tab");
        poll();

        assertThat(savedAt()).startsWith("Not saved: This assessment was saved from another window meanwhile.");
        assertThat(narrative.getValue()).isEqualTo("Typed in this tab");
        assertThat(savedNarrative()).isEqualTo("Typed in the other tab");
        _get(Button.class, spec -> spec.withId("assessment-reload"));
    }

    @Test
    @DirtiesContext
    void the_coordinator_renames_a_criterion_on_the_criteria_screen() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025 + "/criteria");

        _setValue(_get(TextField.class, spec -> spec.withId("criterion-name-0")), "Participation in CERN experiments");
        _click(_get(Button.class, spec -> spec.withId("criterion-remove-4")));
        _click(_get(Button.class, spec -> spec.withId("criteria-save")));

        List<CriterionEdit> saved = acting.as("coordinator", () -> criteria.openCriteria(REVIEW_2025)).criteria();
        assertThat(saved).hasSize(4);
        assertThat(saved.get(0).getName()).isEqualTo("Participation in CERN experiments");
        assertThat(_get(TextField.class, spec -> spec.withId("criterion-name-0")).getValue())
                .isEqualTo("Participation in CERN experiments");
    }

    @Test
    @DirtiesContext
    void the_coordinator_reopens_a_submitted_assessment_with_a_reason() {
        acting.run("lead", () -> {
            AssessmentForm form = assessments.openAssessment(ncp.taskId()).form();
            form.getScores().forEach(s -> s.setScore(3));
            form.setNarrative("The delegation met the director and the CMS group of NCP.");
            assessments.submit(ncp.taskId(), form);
        });
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025 + "/assessments");
        Button reopen = _find(Button.class).stream().filter(b -> b.getId().orElse("").startsWith("reopen-"))
                .findFirst().orElseThrow();
        String assignment = reopen.getId().orElseThrow().substring("reopen-".length());

        _click(reopen);
        _expectInvalid(_get(TextField.class, spec -> spec.withId("reopen-reason-" + assignment)),
                "Say why the assessment is reopened, e.g. \"scores of criterion 3 contradict the narrative\"");
        _setValue(_get(TextField.class, spec -> spec.withId("reopen-reason-" + assignment)),
                "Every criterion scored 3; please differentiate.");
        _click(_get(Button.class, spec -> spec.withId("reopen-" + assignment)));

        assertThat(_get(Paragraph.class, spec -> spec.withId("assessments-none")).getText())
                .isEqualTo("No assessment has been submitted yet.");
        assertThat(taskOf("lead", REVIEW_2025, "AssessInstitution")).isNotNull();
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    @SuppressWarnings("unchecked")
    private static List<Select<String>> scoreFields() {
        return _find(Select.class).stream().filter(s -> s.getId().orElse("").startsWith("score-"))
                .map(s -> (Select<String>) s).toList();
    }

    private static TextArea rationaleOf(Select<String> score) {
        String criterion = score.getId().orElseThrow().substring("score-".length());
        return _get(TextArea.class, spec -> spec.withId("rationale-" + criterion));
    }

    private static String savedAt() {
        return _get(Span.class, spec -> spec.withId("assessment-saved-at")).getText();
    }

    private String savedNarrative() {
        return acting.as("lead", () -> assessments.openAssessment(ncp.taskId()).form().getNarrative());
    }
}
