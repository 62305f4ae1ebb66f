package org.reviewworkspace.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.VerificationItem;

/**
 * The review workspace's "Follow-ups" tab: the recommendations of earlier reviews that were open
 * when this review started, each "to verify" until a delegation member records a verdict with
 * evidence. Links to the comparison with the previous review for those who may compare.
 */
public class VerificationPanel extends VerticalLayout {

    static final String NONE = "No follow-up items to verify: this is the partnership's first review, or every "
            + "earlier recommendation was closed before it started.";

    private final FollowUpService service;
    private final long reviewId;
    /** The items and their verdicts, built anew after each verdict. */
    private final Div items = new Div();

    /**
     * The follow-ups of review {@code reviewId}; the service refuses users who may not see it.
     * {@code comparison} is the link to the comparison with the previous review, if the user may open it.
     */
    public VerificationPanel(FollowUpService service, long reviewId, Optional<Anchor> comparison) {
        this.service = service;
        this.reviewId = reviewId;
        setPadding(false);
        setId("review-follow-ups");
        comparison.ifPresent(this::add);
        items.setWidthFull();
        add(items);
        show();
    }

    private void show() {
        items.removeAll();
        List<VerificationItem> toVerify = service.toVerify(reviewId);
        if (toVerify.isEmpty()) {
            Paragraph none = new Paragraph(NONE);
            none.setId("follow-ups-none");
            items.add(none);
            return;
        }
        long verified = toVerify.stream().filter(VerificationItem::verified).count();
        H3 heading = new H3("Recommendations of earlier reviews to verify");
        Span progress = new Span(verified + " of " + toVerify.size() + " verified");
        progress.setId("follow-ups-progress");
        Paragraph how = new Paragraph("Each was open when this review started. From the visit until the findings "
                + "go to sign-off, a delegation member records what the delegation found, with the evidence; nothing "
                + "is taken over as done.");
        how.addClassName("hint");
        items.add(heading, progress, how);
        toVerify.forEach(item -> items.add(card(item)));
    }

    private Div card(VerificationItem v) {
        Div card = new Div();
        card.setId("verification-" + v.id());
        card.addClassName("finding-row");
        Span source = new Span(v.item().institution() + " · " + v.item().sourceReference() + " · "
                + v.item().priority().label() + " priority");
        source.addClassName("hint");
        Span facts = new Span("Owner: " + orNotSet(v.item().owner()) + " · target "
                + (v.item().targetDate() == null ? "not set" : Times.date(v.item().targetDate()))
                + " · " + v.statusBefore().label().toLowerCase() + " when this review started");
        facts.addClassName("hint");
        Span verdict = new Span(v.verified() ? v.verdict().label() : "To verify");
        verdict.addClassNames("status-badge", v.verified() ? "verdict-" + v.verdict().name() : "to-verify");
        verdict.setId("verdict-of-" + v.id());
        card.add(new HorizontalLayout(verdict, source), new Paragraph(v.item().statement()), facts);
        if (v.verified()) {
            Paragraph evidence = new Paragraph("Evidence: " + v.evidence());
            evidence.setId("evidence-of-" + v.id());
            Span by = new Span("Verified by " + v.verifiedBy() + " on " + Times.dateTime(v.verifiedAt()));
            by.addClassName("hint");
            card.add(evidence, by);
        }
        if (v.mayRecord()) {
            Button record = new Button(v.verified() ? "Change verdict" : "Record verdict",
                    e -> new VerdictDialog(service, v, saved -> show()).open());
            record.setId("record-verdict-" + v.id());
            if (!v.verified()) {
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            card.add(new Div(record));
        }
        return card;
    }

    private static String orNotSet(String text) {
        return text == null ? "not set" : text;
    }
}
