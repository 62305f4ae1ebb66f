package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.reviewworkspace.assessment.AssessmentDraft;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentRules;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workflow.ReviewProcess;

/** "Assess institution": a score and its reasons per criterion, a narrative, and draft findings. */
@Route("tasks/" + ReviewProcess.ASSESS_INSTITUTION + "/:taskId")
@PageTitle("Assess institution · Review Workspace")
@RolesAllowed(Role.Names.ASSESSOR)
public class AssessInstitutionView extends TaskFormView {

    final AssessmentService assessments;
    final Map<String, HasValidation> fields = new HashMap<>();
    final TextArea narrative = new TextArea("Overall narrative");
    final VerticalLayout findingRows = new VerticalLayout();
    final Span savedAt = new Span();
    private AssessmentForm form;

    public AssessInstitutionView(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    protected void open(String taskId) {
        AssessmentDraft draft = assessments.openAssessment(taskId);
        form = draft.form();
        add(new H2("Assess " + draft.institutionAcronym() + " — " + draft.institutionName()),
                new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle()),
                        new Span(draft.due() == null ? "" : " · due " + Times.dateTime(draft.due()))));
        savedAt.setId("assessment-saved-at");
        savedAt.addClassName("hint");
        showSaved(draft.savedAt());
        add(savedAt, new H3("Criteria"), new Paragraph("Score each criterion from 1 (weak) to 5 (excellent) and "
                + "give your reasons."));
        for (AssessmentForm.Score score : form.getScores()) {
            add(criterion(score));
        }
        narrative.setId("assessment-narrative");
        narrative.setWidthFull();
        narrative.setMaxLength(AssessmentRules.MAX_NARRATIVE);
        narrative.setValue(form.getNarrative());
        narrative.addValueChangeListener(e -> form.setNarrative(e.getValue()));
        fields.put("narrative", narrative);
        add(new H3("Narrative"), narrative);

        findingRows.setPadding(false);
        form.getFindings().forEach(this::addFindingRow);
        Button addFinding = new Button("Add finding", e -> {
            FindingDraft finding = new FindingDraft();
            form.getFindings().add(finding);
            addFindingRow(finding);
        });
        addFinding.setId("assessment-add-finding");
        add(new H3("Draft findings"), findingRows, addFinding);

        Button save = new Button("Save draft", e -> Actions.run(() -> {
            assessments.saveDraft(taskId, form);
            showSaved(Instant.now());
        }, null, fields::get));
        save.setId("assessment-save-draft");
        Button submit = new Button("Submit assessment", e -> {
            if (Actions.run(() -> assessments.submit(taskId, form), "Assessment submitted", this::field)) {
                backToInbox();
            }
        });
        submit.setId("assessment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(save, submit));
    }

    private Div criterion(AssessmentForm.Score score) {
        IntegerField value = new IntegerField("Score (1–5)");
        value.setId("score-" + score.getCriterionId());
        value.setMin(1);
        value.setMax(5);
        value.setStepButtonsVisible(true);
        value.setValue(score.getScore());
        value.addValueChangeListener(e -> {
            score.setScore(e.getValue());
            boolean outOfRange = e.getValue() != null && (e.getValue() < 1 || e.getValue() > 5);
            value.setErrorMessage(outOfRange ? "Score from 1 (weak) to 5 (excellent)" : null);
            value.setInvalid(outOfRange);
        });
        TextArea rationale = new TextArea("Reasons");
        rationale.setId("rationale-" + score.getCriterionId());
        rationale.setWidthFull();
        rationale.setMaxLength(AssessmentRules.MAX_RATIONALE);
        rationale.setValue(score.getRationale() == null ? "" : score.getRationale());
        rationale.addValueChangeListener(e -> score.setRationale(e.getValue()));
        fields.put(score.field("score"), value);
        fields.put(score.field("rationale"), rationale);
        Paragraph guidance = new Paragraph(score.getGuidance());
        guidance.addClassName("hint");
        HorizontalLayout inputs = new HorizontalLayout(value, rationale);
        inputs.setWidthFull();
        inputs.setFlexGrow(1, rationale);
        Div card = new Div(new H4(score.getCriterion()), guidance, inputs);
        card.addClassName("card");
        card.setWidthFull();
        return card;
    }

    private void addFindingRow(FindingDraft finding) {
        int index = form.getFindings().indexOf(finding);
        Select<FindingType> type = new Select<>();
        type.setLabel("Type");
        type.setItems(FindingType.values());
        type.setItemLabelGenerator(FindingType::label);
        type.setValue(finding.getType());
        type.addValueChangeListener(e -> finding.setType(e.getValue()));
        Select<Priority> priority = new Select<>();
        priority.setLabel("Priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        priority.setValue(finding.getPriority());
        priority.addValueChangeListener(e -> finding.setPriority(e.getValue()));
        TextArea statement = new TextArea("Statement");
        statement.setId("finding-statement-" + index);
        statement.setValue(finding.getStatement());
        statement.addValueChangeListener(e -> finding.setStatement(e.getValue()));
        HorizontalLayout row = new HorizontalLayout(type, priority, statement);
        Button remove = new Button("Remove", e -> {
            form.getFindings().remove(finding);
            findingRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setWidthFull();
        row.setFlexGrow(1, statement);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        findingRows.add(row);
    }

    private HasValidation field(String name) {
        if (name.startsWith("finding.")) {
            int index = Integer.parseInt(name.substring("finding.".length()));
            return findingRows.getChildren().skip(index).findFirst()
                    .flatMap(row -> row.getChildren().filter(c -> c instanceof TextArea).findFirst())
                    .map(c -> (HasValidation) c).orElse(null);
        }
        return fields.get(name);
    }

    private void showSaved(Instant when) {
        savedAt.setText(when == null ? "Not saved yet" : "Saved at " + Times.dateTime(when));
    }
}
