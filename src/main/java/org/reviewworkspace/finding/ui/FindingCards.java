package org.reviewworkspace.finding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingView;

/**
 * A findings set as people read it everywhere: grouped by institution and type under headings,
 * one card per finding with its statement, priority, who raised it and, for recommendations,
 * owner and target date. Screens add their own parts to each card.
 */
public final class FindingCards {

    private FindingCards() {
    }

    /**
     * The set in its order, a heading before each group; {@code extras} may add to each card
     * (the card is the first argument).
     */
    public static Div of(List<FindingView> set, BiConsumer<Div, FindingView> extras) {
        Div cards = new Div();
        cards.setWidthFull();
        String shown = null;
        for (FindingView finding : set) {
            String group = finding.institution() + " · " + finding.type().label();
            if (!group.equals(shown)) {
                H3 heading = new H3(group);
                heading.addClassName("finding-group");
                cards.add(heading);
                shown = group;
            }
            Div card = card(finding);
            extras.accept(card, finding);
            cards.add(card);
        }
        return cards;
    }

    /** One finding: priority, statement, and a line of facts. */
    public static Div card(FindingView finding) {
        Div card = new Div();
        card.setId("finding-" + finding.id());
        card.addClassName("finding-row");
        Span priority = new Span(finding.priority().label() + " priority");
        priority.addClassName("hint");
        Span facts = new Span("#" + finding.id() + " revision " + finding.revision() + " · raised by "
                + String.join(", ", finding.raisedBy())
                + (finding.domain() == null ? "" : " · " + finding.domain())
                + (finding.owner() == null ? "" : " · owner: " + finding.owner())
                + (finding.targetDate() == null ? "" : " · target " + Times.date(finding.targetDate())));
        facts.addClassName("hint");
        card.add(priority, new Paragraph(finding.statement()), facts);
        return card;
    }

    /** Adds {@code parts} to the top line of a card, after the priority. */
    public static void addToTop(Div card, Component... parts) {
        int after = 1;
        for (Component part : parts) {
            card.addComponentAtIndex(after++, part);
        }
    }
}
