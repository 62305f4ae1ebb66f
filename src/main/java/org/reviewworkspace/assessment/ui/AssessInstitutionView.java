package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reviewworkspace.assessment.AssessmentDraft;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentRules;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.EvidenceService;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.VerificationItem;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.ErrorHandling;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.live.Presence;
import org.reviewworkspace.live.ui.LivePresence;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workflow.ReviewProcess;

/**
 * "Assess institution": a score (1–5 or N/A) and its reasons per criterion, a narrative, draft
 * findings and, later, evidence. Every change is saved as a draft shortly after it is made and
 * when the assessor leaves the form, so closing the browser loses nothing already typed.
 *
 * <p>Autosave without push: while there are unsaved changes the browser polls every
 * {@link #AUTOSAVE_DELAY_MS}, and the poll saves the draft; text fields send their value once
 * the assessor pauses typing. Nothing waits on the UI thread.
 */
@Route("tasks/" + ReviewProcess.ASSESS_INSTITUTION + "/:taskId")
@PageTitle("Assess institution · Review Workspace")
@RolesAllowed(Role.Names.ASSESSOR)
public class AssessInstitutionView extends TaskFormView implements BeforeLeaveObserver {

    /** How long after a change the draft is saved. */
    static final int AUTOSAVE_DELAY_MS = 2000;
    /** How long a text field waits for the assessor to pause before sending what they typed. */
    static final int TYPING_PAUSE_MS = 1000;
    static final String NOT_APPLICABLE = "N/A";
    static final List<String> SCORE_CHOICES = List.of("1", "2", "3", "4", "5", NOT_APPLICABLE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final AssessmentService assessments;
    final EvidenceService evidenceService;
    final LivePresence presence;
    /** "Also editing: …" while someone else has this institution's assessment open. */
    final Span alsoEditing = new Span();
    private Registration presenceVisit;
    final Map<String, HasValidation> fields = new HashMap<>();
    final List<HasValue<?, ?>> inputs = new ArrayList<>();
    final List<Button> actions = new ArrayList<>();
    final Span savedAt = new Span();
    TextArea narrative;
    VerticalLayout findingRows;
    /** Where evidence (uploads, checksums, previews) goes; filled by the evidence feature. */
    Div evidence;
    private AssessmentForm form;
    /** Changes not yet in the database. */
    private boolean unsaved;
    /** Autosave gave up: the draft changed elsewhere, or the task is gone; the form keeps the input. */
    private boolean autosaveStopped;
    private Registration polling;
    private final FollowUpService followUps;

    public AssessInstitutionView(AssessmentService assessments, EvidenceService evidenceService,
                                 FollowUpService followUps, LivePresence presence) {
        this.assessments = assessments;
        this.followUps = followUps;
        this.evidenceService = evidenceService;
        this.presence = presence;
    }

    /** Where the assessor verifies what earlier reviews recommended to this institution, if anything. */
    private Optional<Paragraph> earlierRecommendations(AssessmentDraft draft) {
        List<VerificationItem> open = followUps.toVerify(draft.reviewId()).stream()
                .filter(v -> !v.verified() && v.item().institution().equals(draft.institutionAcronym())).toList();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Paragraph hint = new Paragraph(open.size() + (open.size() == 1 ? " recommendation" : " recommendations")
                + " of " + open.get(0).item().sourceReference() + " to " + draft.institutionAcronym()
                + " still to verify: record what you find in the review's Follow-ups tab. ");
        hint.add(ReviewRoutes.link(draft.referenceCode(), "Open the review"));
        hint.setId("assessment-follow-ups");
        hint.addClassName("hint");
        return Optional.of(hint);
    }

    @Override
    protected void openTask(String taskId) {
        AssessmentDraft draft = assessments.openAssessment(taskId);
        form = draft.form();
        unsaved = false;
        autosaveStopped = false;
        fields.clear();
        inputs.clear();
        actions.clear();
        narrative = new TextArea("Overall narrative");
        findingRows = new VerticalLayout();
        evidence = new Div();
        add(new H2("Assess " + draft.institutionAcronym() + " — " + draft.institutionName()),
                new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle()),
                        new Span(draft.due() == null ? "" : " · due " + Times.dateTime(draft.due()))));
        earlierRecommendations(draft).ifPresent(this::add);
        savedAt.setId("assessment-saved-at");
        savedAt.addClassName("hint");
        showSaved(draft.savedAt());
        alsoEditing.setId("assessment-presence");
        alsoEditing.addClassName("hint");
        alsoEditing.setVisible(false);
        if (presenceVisit != null) {
            presenceVisit.remove();
        }
        presenceVisit = presence.show(alsoEditing,
                Presence.Places.assessment(draft.referenceCode(), draft.institutionAcronym()), this::showOthers);
        add(alsoEditing, savedAt, new H3("Criteria"), new Paragraph("Score each criterion from 1 (weak) to 5 (excellent), or N/A "
                + "if it does not apply. Scores of 1, 2 and 5 need your reasons; N/A needs the reason why."));
        for (AssessmentForm.Score score : form.getScores()) {
            add(criterion(score));
        }
        narrative.setId("assessment-narrative");
        narrative.setWidthFull();
        narrative.setMaxLength(AssessmentRules.MAX_NARRATIVE);
        narrative.setValue(form.getNarrative());
        typedLazily(narrative);
        narrative.addValueChangeListener(e -> {
            form.setNarrative(e.getValue());
            changed(narrative);
        });
        fields.put("narrative", narrative);
        inputs.add(narrative);
        add(new H3("Narrative"), narrative);

        findingRows.setPadding(false);
        form.getFindings().forEach(this::addFindingRow);
        Button addFinding = new Button("Add finding", e -> {
            FindingDraft finding = new FindingDraft();
            form.getFindings().add(finding);
            addFindingRow(finding);
        });
        addFinding.setId("assessment-add-finding");
        actions.add(addFinding);
        add(new H3("Draft findings"), findingRows, addFinding);

        evidence.setId("assessment-evidence");
        evidence.setWidthFull();
        evidence.add(new EvidencePanel(evidenceService, taskId));
        add(evidence);

        Button save = new Button("Save draft", e -> {
            unsaved = true;
            long before = form.getVersion();
            if (Actions.run(() -> form.setVersion(assessments.saveDraft(taskId, form)), "Draft saved", this::field)) {
                saved();
            } else {
                form.setVersion(before);
            }
        });
        save.setId("assessment-save-draft");
        Button submit = new Button("Submit assessment", e -> {
            if (Actions.run(() -> assessments.submit(taskId, form), "Assessment submitted", this::field)) {
                unsaved = false;
                stopPolling();
                lock();
                backToInbox();
            }
        });
        submit.setId("assessment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        actions.add(submit);
        add(new HorizontalLayout(save, submit));
    }

    private Div criterion(AssessmentForm.Score score) {
        Select<String> value = new Select<>();
        value.setLabel("Score");
        value.setId("score-" + score.getCriterionId());
        value.setItems(SCORE_CHOICES);
        value.setEmptySelectionAllowed(true);
        value.setEmptySelectionCaption("Not scored yet");
        value.setValue(score.isNotApplicable() ? NOT_APPLICABLE
                : score.getScore() == null ? null : String.valueOf(score.getScore()));
        TextArea rationale = new TextArea("Reasons");
        rationale.setId("rationale-" + score.getCriterionId());
        rationale.setWidthFull();
        rationale.setMaxLength(AssessmentRules.MAX_RATIONALE);
        rationale.setValue(score.getRationale() == null ? "" : score.getRationale());
        rationale.setRequiredIndicatorVisible(AssessmentRules.needsRationale(score));
        typedLazily(rationale);
        value.addValueChangeListener(e -> {
            score.setNotApplicable(NOT_APPLICABLE.equals(e.getValue()));
            score.setScore(e.getValue() == null || score.isNotApplicable() ? null : Integer.valueOf(e.getValue()));
            rationale.setRequiredIndicatorVisible(AssessmentRules.needsRationale(score));
            rationale.setLabel(score.isNotApplicable() ? "Why it does not apply" : "Reasons");
            changed(value);
        });
        rationale.addValueChangeListener(e -> {
            score.setRationale(e.getValue());
            changed(rationale);
        });
        if (score.isNotApplicable()) {
            rationale.setLabel("Why it does not apply");
        }
        fields.put(score.field("score"), value);
        fields.put(score.field("rationale"), rationale);
        inputs.add(value);
        inputs.add(rationale);
        Paragraph guidance = new Paragraph(score.getGuidance());
        guidance.addClassName("hint");
        HorizontalLayout row = new HorizontalLayout(value, rationale);
        row.setWidthFull();
        row.setFlexGrow(1, rationale);
        Div card = new Div(new H4(score.getCriterion()), guidance, row);
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
        type.addValueChangeListener(e -> {
            finding.setType(e.getValue());
            changed(type);
        });
        Select<Priority> priority = new Select<>();
        priority.setLabel("Priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        priority.setValue(finding.getPriority());
        priority.addValueChangeListener(e -> {
            finding.setPriority(e.getValue());
            changed(priority);
        });
        Select<AssessmentForm.Score> criterion = new Select<>();
        criterion.setLabel("Criterion");
        criterion.setId("finding-criterion-" + index);
        criterion.setItems(form.getScores());
        // the empty selection is labelled with null too, and fails the form when the generator does not expect it
        criterion.setItemLabelGenerator(score -> score == null ? "" : score.getCriterion());
        criterion.setEmptySelectionAllowed(true);
        criterion.setEmptySelectionCaption("Not about one criterion");
        criterion.setValue(form.getScores().stream()
                .filter(s -> Objects.equals(s.getCriterionId(), finding.getCriterionId())).findFirst().orElse(null));
        criterion.addValueChangeListener(e -> {
            finding.setCriterionId(e.getValue() == null ? null : e.getValue().getCriterionId());
            changed(criterion);
        });
        TextArea statement = new TextArea("Statement");
        statement.setId("finding-statement-" + index);
        statement.setValue(finding.getStatement());
        typedLazily(statement);
        statement.addValueChangeListener(e -> {
            finding.setStatement(e.getValue());
            changed(statement);
        });
        HorizontalLayout row = new HorizontalLayout(type, priority, criterion, statement);
        Button remove = new Button("Remove", e -> {
            form.getFindings().remove(finding);
            findingRows.remove(row);
            changed(null);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(remove);
        row.setWidthFull();
        row.setFlexGrow(1, statement);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        inputs.addAll(List.of(type, priority, criterion, statement));
        actions.add(remove);
        findingRows.add(row);
    }

    /** Saves the draft now if anything changed since the last save; returns whether nothing is left unsaved. */
    boolean saveNow() {
        if (!unsaved || autosaveStopped || form == null) {
            return !unsaved;
        }
        long before = form.getVersion();
        try {
            form.setVersion(assessments.saveDraft(taskId, form));
            saved();
            return true;
        } catch (InvalidInputException e) {
            // only out-of-range input fails a draft: it is marked and the rest waits for a correction
            form.setVersion(before);
            e.fieldErrors().forEach((name, message) -> {
                HasValidation field = field(name);
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            });
            savedAt.setText("Not saved: correct the marked fields");
            return false;
        } catch (StaleDataException e) {
            form.setVersion(before);
            stopAutosave(e.getMessage());
            Button reload = new Button("Reload", click -> getUI().ifPresent(ui -> ui.getPage().reload()));
            reload.setId("assessment-reload");
            add(reload);
            return false;
        } catch (DomainException e) {
            // the task was completed or withdrawn meanwhile, e.g. submitted from another tab
            form.setVersion(before);
            stopAutosave(e.getMessage());
            lock();
            return false;
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        saveNow();
        stopPolling();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(e -> saveNow());
        if (unsaved) {
            attachEvent.getUI().setPollInterval(AUTOSAVE_DELAY_MS);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        super.onDetach(detachEvent);
    }

    /** Names who else has this assessment open, so nobody overwrites the other unawares. */
    private void showOthers(LivePresence.Here here) {
        List<String> others = here.others().stream()
                .map(v -> v.username().equals(here.me().username()) ? "you, in another tab" : v.displayName())
                .distinct().toList();
        alsoEditing.setText(others.isEmpty() ? "" : "Also editing: " + String.join(", ", others));
        alsoEditing.setVisible(!others.isEmpty());
    }

    /** Something in the form changed: clear the field's old error and have it saved shortly. */
    private void changed(HasValidation field) {
        if (field != null) {
            field.setInvalid(false);
        }
        if (autosaveStopped) {
            return;
        }
        unsaved = true;
        UI ui = UI.getCurrent();
        if (ui != null && ui.getPollInterval() != AUTOSAVE_DELAY_MS) {
            ui.setPollInterval(AUTOSAVE_DELAY_MS);
        }
    }

    private void saved() {
        unsaved = false;
        stopPolling();
        showSaved(Instant.now());
    }

    private void stopAutosave(String message) {
        autosaveStopped = true;
        stopPolling();
        savedAt.setText("Not saved: " + message);
        ErrorHandling.show(message);
    }

    private void stopPolling() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getPollInterval() > 0) {
            ui.setPollInterval(-1);
        }
    }

    /** The assessment can no longer change here: it has been submitted, or its task is gone. */
    private void lock() {
        inputs.forEach(input -> input.setReadOnly(true));
        actions.forEach(button -> button.setEnabled(false));
    }

    private static void typedLazily(TextArea area) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
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
        if (when == null) {
            savedAt.setText("Not saved yet");
            return;
        }
        ZonedDateTime local = when.atZone(Times.zone());
        savedAt.setText(local.toLocalDate().equals(LocalDate.now(Times.zone()))
                ? "Saved at " + TIME.format(local) : "Saved " + Times.dateTime(when));
    }
}
