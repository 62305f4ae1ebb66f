package org.reviewworkspace.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffDraft;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.workflow.ReviewProcess;

/** "Sign off findings": the exact findings set, earlier rounds, and the decision with its reasons. */
@Route("tasks/" + ReviewProcess.SIGN_OFF_FINDINGS + "/:taskId")
@PageTitle("Sign off findings · Review Workspace")
@RolesAllowed(Role.Names.APPROVER)
public class SignOffFindingsView extends TaskFormView {

    final SignOffService signOffs;
    final TextArea rationale = new TextArea("Rationale");

    public SignOffFindingsView(SignOffService signOffs) {
        this.signOffs = signOffs;
    }

    @Override
    protected void openTask(String taskId) {
        SignOffDraft draft = signOffs.openSignOff(taskId);
        add(new H2("Sign off findings — round " + draft.round()),
                new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())));
        Grid<FindingView> grid = new Grid<>();
        grid.setId("sign-off-findings");
        grid.addColumn(FindingView::institution).setHeader("Institution").setAutoWidth(true);
        grid.addColumn(f -> f.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(f -> f.priority().label()).setHeader("Priority").setAutoWidth(true);
        grid.addColumn(FindingView::statement).setHeader("Statement").setFlexGrow(3);
        grid.addColumn(f -> "#" + f.id() + " r" + f.revision()).setHeader("Revision").setAutoWidth(true);
        grid.setItems(draft.findings());
        grid.setAllRowsVisible(true);
        Paragraph hash = new Paragraph("You decide on exactly this set, fingerprint SHA-256 " + draft.findingsHash()
                + ". If it changes, your decision no longer applies.");
        hash.addClassName("hint");
        hash.setId("sign-off-hash");
        add(grid, hash);
        if (!draft.history().isEmpty()) {
            UnorderedList history = new UnorderedList();
            history.setId("sign-off-history");
            for (SignOffRecord record : draft.history()) {
                history.add(new ListItem("Round " + record.round() + ": " + record.decision().label() + " by "
                        + record.approverName() + " on " + Times.dateTime(record.decidedAt())
                        + (record.rationale() == null ? "" : " — " + record.rationale())
                        + (record.stillApplies() ? "" : " (made on an earlier version of the findings)")));
            }
            add(new H3("Earlier rounds"), history);
        }
        rationale.setId("sign-off-rationale");
        rationale.setWidthFull();
        rationale.setHelperText("Required when you request changes or reject");
        Button approve = decisionButton("Approve and publish", Decision.APPROVED, draft.findingsHash());
        approve.setId("sign-off-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button changes = decisionButton("Request changes", Decision.CHANGES_REQUESTED, draft.findingsHash());
        changes.setId("sign-off-request-changes");
        Button reject = decisionButton("Reject", Decision.REJECTED, draft.findingsHash());
        reject.setId("sign-off-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(rationale, new HorizontalLayout(approve, changes, reject));
    }

    private Button decisionButton(String label, Decision decision, String seenHash) {
        return new Button(label, e -> {
            if (Actions.run(() -> signOffs.decide(taskId, decision, rationale.getValue(), seenHash),
                    "Decision recorded: " + decision.label(), name -> rationale)) {
                backToInbox();
            }
        });
    }
}
