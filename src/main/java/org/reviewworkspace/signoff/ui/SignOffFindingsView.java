package org.reviewworkspace.signoff.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.TaskFormView;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.finding.ui.FindingCards;
import org.reviewworkspace.finding.ui.RevisionsDialog;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SetChange;
import org.reviewworkspace.signoff.SignOffDraft;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.workflow.ReviewProcess;

/**
 * "Sign off findings": the exact findings set grouped as the report will show it, with what
 * changed since the previous round highlighted, a request box on each finding, earlier rounds,
 * and the decision with its reasons.
 */
@Route("tasks/" + ReviewProcess.SIGN_OFF_FINDINGS + "/:taskId")
@PageTitle("Sign off findings · Review Workspace")
@RolesAllowed(Role.Names.APPROVER)
public class SignOffFindingsView extends TaskFormView {

    final SignOffService signOffs;
    final FindingService findings;
    final TextArea rationale = new TextArea("Rationale");
    /** The request box of each finding, by finding id; filled in only when requesting changes. */
    final Map<Long, TextArea> requests = new LinkedHashMap<>();

    public SignOffFindingsView(SignOffService signOffs, FindingService findings) {
        this.signOffs = signOffs;
        this.findings = findings;
    }

    @Override
    protected void openTask(String taskId) {
        SignOffDraft draft = signOffs.openSignOff(taskId);
        add(new H2("Sign off findings — round " + draft.round()),
                new Paragraph(ReviewRoutes.link(draft.referenceCode(), draft.reviewTitle())));
        if (draft.round() > 1) {
            add(changesSummary(draft));
        }
        Div set = FindingCards.of(draft.findings(), (card, finding) -> decorate(card, finding, draft));
        set.setId("sign-off-findings");
        Paragraph hash = new Paragraph("You decide on exactly this set, fingerprint SHA-256 " + draft.findingsHash()
                + ". If it changes, your decision no longer applies.");
        hash.addClassName("hint");
        hash.setId("sign-off-hash");
        add(set, hash);
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
        rationale.setMaxLength(SignOffService.MAX_TEXT);
        rationale.setHelperText("Required when you reject. When you request changes, say which here or on the "
                + "findings concerned.");
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

    private Div changesSummary(SignOffDraft draft) {
        Div summary = new Div();
        summary.setId("sign-off-changes");
        summary.addClassName("card");
        List<SetChange> changes = draft.changes();
        if (changes.isEmpty()) {
            summary.add(new Paragraph("Nothing changed since round " + (draft.round() - 1) + "."));
            return summary;
        }
        long revised = changes.stream().filter(c -> c.kind() == SetChange.Kind.REVISED).count();
        long added = changes.stream().filter(c -> c.kind() == SetChange.Kind.ADDED).count();
        List<SetChange> removed = changes.stream().filter(c -> c.kind() == SetChange.Kind.REMOVED).toList();
        summary.add(new H3("Since round " + (draft.round() - 1) + ": " + revised + " revised, " + added + " new, "
                + removed.size() + " taken out"), new Paragraph("Changed findings are highlighted below."));
        if (!removed.isEmpty()) {
            UnorderedList gone = new UnorderedList();
            removed.forEach(c -> gone.add(new ListItem("#" + c.findingId() + " " + c.statement())));
            summary.add(new Paragraph("Taken out of the set:"), gone);
        }
        return summary;
    }

    /** Marks what changed since the previous round, repeats earlier requests, and adds a request box. */
    private void decorate(Div card, FindingView finding, SignOffDraft draft) {
        SetChange change = draft.changeOf(finding.id());
        if (change != null) {
            card.addClassName("finding-changed");
            Span badge = new Span(change.kind().label());
            badge.addClassName("change-badge");
            FindingCards.addToTop(card, badge);
            if (change.kind() == SetChange.Kind.REVISED) {
                Button show = new Button("Show changes", e -> new RevisionsDialog(findings, finding.id(),
                        change.fromRevision(), change.toRevision()).open());
                show.setId("sign-off-diff-" + finding.id());
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                card.add(show);
            }
        }
        draft.earlierRequests().getOrDefault(finding.id(), List.of()).forEach(request -> {
            Paragraph earlier = new Paragraph("Asked in round " + (draft.round() - 1) + ": " + request);
            earlier.addClassName("hint");
            card.add(earlier);
        });
        TextArea request = new TextArea();
        request.setId("sign-off-request-" + finding.id());
        request.setPlaceholder("Request a change to this finding (optional)");
        request.setMaxLength(SignOffService.MAX_TEXT);
        request.setWidthFull();
        request.getElement().setAttribute("aria-label", "Request a change to finding #" + finding.id());
        requests.put(finding.id(), request);
        card.add(request);
    }

    private Button decisionButton(String label, Decision decision, String seenHash) {
        return new Button(label, e -> {
            Map<Long, String> typed = new LinkedHashMap<>();
            requests.forEach((id, field) -> typed.put(id, field.getValue()));
            rationale.setInvalid(false);
            requests.values().forEach(field -> field.setInvalid(false));
            if (Actions.run(() -> signOffs.decide(taskId, decision, rationale.getValue(), typed, seenHash),
                    "Decision recorded: " + decision.label(), this::field)) {
                backToInbox();
            }
        });
    }

    private HasValidation field(String name) {
        if (name.startsWith("request.")) {
            return requests.get(Long.valueOf(name.substring("request.".length())));
        }
        return rationale;
    }
}
