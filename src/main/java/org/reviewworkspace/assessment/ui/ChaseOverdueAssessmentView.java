package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.ChaseDraft;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workflow.ReviewProcess;

/** "Chase overdue assessment": the coordinator contacts the assessor and notes what was agreed. */
@Route("tasks/" + ReviewProcess.CHASE_OVERDUE_ASSESSMENT + "/:taskId")
@PageTitle("Chase overdue assessment · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class ChaseOverdueAssessmentView extends TaskFormView {

    final AssessmentService assessments;
    final TextArea note = new TextArea("How did you chase the assessor?");

    public ChaseOverdueAssessmentView(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    protected void openTask(String taskId) {
        ChaseDraft draft = assessments.openChase(taskId);
        add(new H2("Chase the " + draft.institutionAcronym() + " assessment"),
                new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())),
                new Paragraph(draft.assessorName() + " has not submitted the assessment of "
                        + draft.institutionName() + (draft.due() == null ? "" : ", due " + Times.dateTime(draft.due()))
                        + ". " + draft.assessmentState() + "."),
                new Paragraph("This task closes by itself when the assessment is submitted."));
        note.setId("chase-note");
        note.setWidthFull();
        note.setPlaceholder("e.g. Called; the assessment will be in by Friday");
        Button done = new Button("Record and close", e -> {
            if (Actions.run(() -> assessments.recordChase(taskId, note.getValue()), "Chase recorded",
                    name -> note)) {
                backToInbox();
            }
        });
        done.setId("chase-complete");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, done);
    }
}
