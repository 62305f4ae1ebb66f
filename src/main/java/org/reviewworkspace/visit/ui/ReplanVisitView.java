package org.reviewworkspace.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.GuardedView;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.visit.PlanDraft;
import org.reviewworkspace.visit.VisitService;

/**
 * Re-planning by the coordinator while the assessments run: the same form as "Plan visit".
 * Adding an assessor starts their assessment, removing one withdraws it if it has not begun,
 * and a new window moves the due dates. The review id comes from the browser, so the service
 * decides whether this user may change the plan.
 */
@Route("reviews/:reference/plan")
@PageTitle("Change visit plan · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class ReplanVisitView extends GuardedView {

    final VisitService visits;
    PlanFormLayout plan;

    public ReplanVisitView(VisitService visits) {
        super("reference", "replan-unavailable", "This plan cannot be changed");
        this.visits = visits;
    }

    @Override
    protected void open(String referenceCode) {
        PlanDraft draft = visits.openReplan(referenceCode);
        long reviewId = draft.reviewId();
        plan = new PlanFormLayout(draft);
        add(new H2("Change visit plan"), new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())),
                new Paragraph("The assessments are under way. A new assessor gets their assessment task at once; "
                        + "an assessment can be withdrawn only before its assessor has begun it; a new last day "
                        + "moves the due date of every open assessment."), plan);
        Button save = new Button("Save changes", e -> {
            if (plan.validate()) {
                Actions.run(() -> visits.replan(reviewId, plan.form()), "Visit plan changed", plan::field);
            }
        });
        save.setId("replan-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button("Reload", e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        reload.setId("replan-reload");
        add(new HorizontalLayout(save, reload, new Anchor("reviews/" + draft.referenceCode(), "Back to the review")));
    }
}
