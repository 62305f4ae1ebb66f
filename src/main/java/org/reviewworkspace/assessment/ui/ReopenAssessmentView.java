package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.SubmittedAssessment;
import org.reviewworkspace.assessment.SubmittedAssessments;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.GuardedView;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;

/**
 * The submitted assessments of a review, each of which its coordinator may reopen with a
 * reason until consolidation starts; the assessor then finds the task in their inbox again.
 */
@Route("reviews/:reference/assessments")
@PageTitle("Submitted assessments · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class ReopenAssessmentView extends GuardedView {

    final AssessmentService assessments;

    public ReopenAssessmentView(AssessmentService assessments) {
        super("reference", "assessments-unavailable", "These assessments cannot be opened");
        this.assessments = assessments;
    }

    @Override
    protected void open(String referenceCode) {
        SubmittedAssessments submitted = assessments.submittedAssessments(referenceCode);
        add(new H2("Submitted assessments"),
                new Paragraph(ReviewRoutes.link(submitted.referenceCode(), submitted.reviewTitle())));
        Paragraph hint = new Paragraph(submitted.reopenable()
                ? "Reopening gives the assessor their task back with everything they submitted; say why."
                : submitted.lockReason());
        hint.setId("assessments-hint");
        add(hint);
        if (submitted.assessments().isEmpty()) {
            Paragraph none = new Paragraph("No assessment has been submitted yet.");
            none.setId("assessments-none");
            add(none);
        }
        submitted.assessments().forEach(a -> add(row(a, submitted.reopenable())));
        add(new Anchor(ReviewRoutes.workspace(submitted.referenceCode()), "Back to the review"));
    }

    private Div row(SubmittedAssessment assessment, boolean reopenable) {
        Div card = new Div(new H4(assessment.institutionAcronym() + " — " + assessment.assessorName()),
                new Paragraph("Submitted " + Times.dateTime(assessment.submittedAt())));
        card.addClassName("card");
        card.setWidthFull();
        if (!reopenable) {
            return card;
        }
        TextField reason = new TextField("Reason for reopening");
        reason.setMaxLength(AssessmentService.MAX_REOPEN_REASON);
        reason.setId("reopen-reason-" + assessment.assignmentId());
        reason.setWidthFull();
        Button reopen = new Button("Reopen", e -> {
            if (Actions.run(() -> assessments.reopen(assessment.assessmentId(), reason.getValue()),
                    "The " + assessment.institutionAcronym() + " assessment is open again for "
                            + assessment.assessorName(),
                    name -> "reason".equals(name) ? reason : null)) {
                refresh();
            }
        });
        reopen.setId("reopen-" + assessment.assignmentId());
        HorizontalLayout line = new HorizontalLayout(reason, reopen);
        line.setWidthFull();
        line.setFlexGrow(1, reason);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(line);
        return card;
    }
}
