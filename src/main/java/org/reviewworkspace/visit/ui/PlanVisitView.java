package org.reviewworkspace.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.visit.PlanDraft;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewProcess;

/**
 * "Plan visit": the window, the delegation with its lead, which institution is visited when
 * and by whom, and the meetings with the host. Conflicts are shown while planning; "Complete"
 * starts the assessments.
 */
@Route("tasks/" + ReviewProcess.PLAN_VISIT + "/:taskId")
@PageTitle("Plan visit · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class PlanVisitView extends TaskFormView {

    final VisitService visits;
    PlanFormLayout plan;

    public PlanVisitView(VisitService visits) {
        this.visits = visits;
    }

    @Override
    protected void openTask(String taskId) {
        PlanDraft draft = visits.openPlan(taskId);
        plan = new PlanFormLayout(draft);
        add(new H2("Plan visit"), new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())), plan);

        Button saveDraft = new Button("Save draft", e -> {
            if (plan.validate()) {
                Actions.run(() -> visits.saveDraft(taskId, plan.form()), "Draft saved", plan::field);
            }
        });
        saveDraft.setId("plan-save-draft");
        Button complete = new Button("Complete planning", e -> {
            if (plan.validate() && Actions.run(() -> visits.completePlan(taskId, plan.form()),
                    "Visit planned; the assessments have begun", plan::field)) {
                backToInbox();
            }
        });
        complete.setId("plan-visit-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(saveDraft, complete));
    }
}
