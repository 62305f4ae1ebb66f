package org.reviewworkspace.finding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingDiff;
import org.reviewworkspace.finding.FindingRevisionView;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.TextDiff;

/**
 * Every revision of one finding, and what changed between any two of them: fields that differ,
 * and the statement word by word, removed words struck through and added ones marked.
 */
public class RevisionsDialog extends Dialog {

    final Select<FindingRevisionView> older = new Select<>();
    final Select<FindingRevisionView> newer = new Select<>();
    final Div difference = new Div();

    /**
     * Opens on {@code from} → {@code to}; {@code null} means the first and the latest revision.
     * The service decides whether the user may see the finding.
     */
    public RevisionsDialog(FindingService findings, long findingId, Integer from, Integer to) {
        List<FindingRevisionView> revisions = findings.revisions(findingId);
        setHeaderTitle("Finding #" + findingId + " — " + revisions.size()
                + (revisions.size() == 1 ? " revision" : " revisions"));
        setId("finding-revisions");
        setWidth("min(60em, 95vw)");
        older.setLabel("From");
        older.setId("revision-older");
        newer.setLabel("To");
        newer.setId("revision-newer");
        for (Select<FindingRevisionView> choice : List.of(older, newer)) {
            choice.setItems(revisions);
            choice.setWidth("22em");
            choice.setItemLabelGenerator(r -> "Revision " + r.revision() + " · " + r.editorName() + ", "
                    + Times.dateTime(r.editedAt()));
            choice.addValueChangeListener(e -> {
                if (older.getValue() != null && newer.getValue() != null) {
                    show(findings.diff(findingId, older.getValue().revision(), newer.getValue().revision()));
                }
            });
        }
        older.setValue(pick(revisions, from, revisions.get(0)));
        newer.setValue(pick(revisions, to, revisions.get(revisions.size() - 1)));
        difference.setId("revision-difference");
        add(new HorizontalLayout(older, newer), difference);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static FindingRevisionView pick(List<FindingRevisionView> revisions, Integer revision,
                                            FindingRevisionView otherwise) {
        return revisions.stream().filter(r -> revision != null && r.revision() == revision).findFirst()
                .orElse(otherwise);
    }

    private void show(FindingDiff diff) {
        difference.removeAll();
        if (diff.noChange()) {
            difference.add(new Paragraph("These two revisions read the same."));
            return;
        }
        if (!diff.fields().isEmpty()) {
            UnorderedList fields = new UnorderedList();
            diff.fields().forEach(change -> fields.add(new ListItem(change)));
            difference.add(fields);
        }
        Paragraph statement = new Paragraph();
        statement.setId("revision-statement");
        for (TextDiff.Piece piece : diff.statement()) {
            Span span = new Span(piece.text());
            if (piece.kind() == TextDiff.Kind.ADDED) {
                span.addClassName("diff-added");
                span.getElement().setAttribute("title", "added");
            } else if (piece.kind() == TextDiff.Kind.REMOVED) {
                span.addClassName("diff-removed");
                span.getElement().setAttribute("title", "removed");
            }
            statement.add(span);
        }
        difference.add(statement);
    }
}
