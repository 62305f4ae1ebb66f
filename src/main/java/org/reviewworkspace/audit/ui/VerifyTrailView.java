package org.reviewworkspace.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.audit.AuditChainVerifier;
import org.reviewworkspace.audit.ChainVerification;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.security.Role;

/**
 * Administrators check that the audit trail is as it was written: intact, or the first event
 * that was removed or altered in the database, named as the audit log shows it.
 */
@Route("audit/verify")
@PageTitle("Verify audit trail · Review Workspace")
@Menu(order = 20, icon = "vaadin:shield", title = "Verify audit trail")
@RolesAllowed(Role.Names.ADMIN)
public class VerifyTrailView extends VerticalLayout {

    final Button verify = new Button("Verify trail");
    final Div result = new Div();
    final Span outcome = new Span();
    final Paragraph message = new Paragraph();
    final Paragraph verifiedAt = new Paragraph();

    public VerifyTrailView(AuditChainVerifier verifier) {
        addClassName("view");

        Paragraph explanation = new Paragraph("Every audit event holds the SHA-256 of the event before it and of "
                + "its own content, and the database refuses to change or delete one. Verifying walks the whole "
                + "trail and recomputes every hash: an event changed or removed in the database, by someone able "
                + "to lift that protection, is named here. The verification itself is recorded in the trail.");
        explanation.addClassName("hint");

        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setDisableOnClick(true);
        verify.addClickListener(e -> {
            Actions.run(() -> show(verifier.verifyTrail()), null);
            verify.setEnabled(true);
        });

        result.setId("audit-verify-result");
        result.addClassName("card");
        outcome.setId("audit-verify-outcome");
        outcome.addClassName("status-badge");
        message.setId("audit-verify-message");
        verifiedAt.addClassName("hint");
        result.add(outcome, message, verifiedAt);
        result.setVisible(false);

        add(new H2("Verify audit trail"), explanation, verify, result);
    }

    private void show(ChainVerification verification) {
        outcome.setText(verification.intact() ? "Intact" : "Broken");
        outcome.getElement().getClassList().set("INTACT", verification.intact());
        outcome.getElement().getClassList().set("BROKEN", !verification.intact());
        message.setText(verification.message());
        verifiedAt.setText("Verified " + Times.dateTime(verification.verifiedAt())
                + (verification.intact() ? "" : ". Events from there on cannot be relied on; the events before it "
                        + "are as they were written."));
        result.setVisible(true);
    }
}
