package org.reviewworkspace.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reviewworkspace.assessment.AssessmentCommentService;
import org.reviewworkspace.assessment.AssessmentCommentView;
import org.reviewworkspace.assessment.Consensus;
import org.reviewworkspace.assessment.ConsensusAssessment;
import org.reviewworkspace.assessment.ConsensusCell;
import org.reviewworkspace.assessment.ConsensusInstitution;
import org.reviewworkspace.assessment.ConsensusRow;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.live.Presence;
import org.reviewworkspace.live.ui.LivePresence;

/**
 * The consensus on one institution of a review, for the workspace's Assessments tab: choose an
 * institution, see every assessor's score per criterion side by side with mean, range and a
 * "Disagree" badge, click a row for the assessors' reasons, and discuss each assessment in
 * its comment thread.
 */
public class ConsensusPanel extends VerticalLayout {

    final ConsensusService consensus;
    final AssessmentCommentService comments;
    final long reviewId;
    final Select<ConsensusInstitution> institution = new Select<>();
    final Div content = new Div();
    private LivePresence presence;
    private String referenceCode;
    private Registration reading;

    public ConsensusPanel(ConsensusService consensus, AssessmentCommentService comments, long reviewId) {
        this.consensus = consensus;
        this.comments = comments;
        this.reviewId = reviewId;
        setPadding(false);
        setId("consensus");
        institution.setId("consensus-institution");
        institution.setLabel("Consensus on");
        institution.setPlaceholder("Choose an institution");
        institution.setItemLabelGenerator(i -> i.acronym() + " — " + i.name());
        institution.setItems(consensus.institutions(reviewId));
        institution.setWidth("28em");
        institution.addValueChangeListener(e -> show(e.getValue()));
        content.setWidthFull();
        add(institution, content);
    }

    /** Shows the consensus on the institution with this acronym, as if chosen in the selector. */
    public void showInstitution(String acronym) {
        institution.getListDataView().getItems().filter(i -> i.acronym().equals(acronym)).findFirst()
                .ifPresent(institution::setValue);
    }

    /**
     * Makes whoever reads an institution's consensus present at its assessments, so that its
     * assessors see on their form that someone is looking ("Also editing: …").
     */
    public void announceReaders(LivePresence presence, String referenceCode) {
        this.presence = presence;
        this.referenceCode = referenceCode;
    }

    private void show(ConsensusInstitution chosen) {
        if (reading != null) {
            reading.remove();
            reading = null;
        }
        if (presence != null && chosen != null) {
            reading = presence.show(content, Presence.Places.assessment(referenceCode, chosen.acronym()), here -> { });
        }
        content.removeAll();
        if (chosen == null) {
            return;
        }
        try {
            content.add(consensusOf(consensus.consensus(reviewId, chosen.institutionId())));
        } catch (DomainException e) {
            content.add(new Paragraph(e.getMessage()));
        }
    }

    private Component consensusOf(Consensus result) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new H3("Consensus on " + result.institution().acronym()));
        if (result.assessments().isEmpty()) {
            Paragraph none = new Paragraph("No assessment of " + result.institution().acronym()
                    + " has been submitted yet; scores are shown once their assessors submit them.");
            none.setId("consensus-empty");
            layout.add(none);
        }
        layout.add(grid(result));
        if (!result.disagreements().isEmpty()) {
            Paragraph hint = new Paragraph("The assessors disagree on " + result.disagreements().size()
                    + (result.disagreements().size() == 1 ? " criterion" : " criteria")
                    + " (scores 2 points or more apart). Click a row for everyone's reasons.");
            hint.addClassName("hint");
            layout.add(hint);
        }
        result.assessments().forEach(a -> layout.add(thread(a, result.mayComment())));
        return layout;
    }

    private Grid<ConsensusRow> grid(Consensus result) {
        Grid<ConsensusRow> grid = new Grid<>();
        grid.setId("consensus-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(ConsensusRow::criterion).setHeader("Criterion").setFlexGrow(2);
        for (ConsensusAssessment assessment : result.assessments()) {
            grid.addComponentColumn(row -> score(row, assessment))
                    .setHeader(assessment.assessorName() + (assessment.submitted() ? "" : " (your draft)"))
                    .setKey("assessment-" + assessment.assessmentId()).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(ConsensusRow::meanText).setHeader("Mean").setKey("mean").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ConsensusRow::rangeText).setHeader("Min–Max").setKey("range").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ConsensusPanel::agreement).setHeader("Agreement").setKey("agreement")
                .setAutoWidth(true).setFlexGrow(0);
        Map<Long, String> names = result.assessments().stream()
                .collect(Collectors.toMap(ConsensusAssessment::assessmentId, ConsensusAssessment::assessorName));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> reasons(row, names)));
        grid.setDetailsVisibleOnClick(true);
        grid.setItems(result.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("The review has no criteria yet.");
        return grid;
    }

    private static Component score(ConsensusRow row, ConsensusAssessment assessment) {
        ConsensusCell cell = row.cellOf(assessment.assessmentId())
                .orElse(new ConsensusCell(assessment.assessmentId(), null, false, null));
        Span score = new Span(cell.label());
        score.setId("consensus-score-" + row.criterionId() + "-" + assessment.assessmentId());
        if (cell.rationale() != null && !cell.rationale().isBlank()) {
            score.setTitle(cell.rationale());
        }
        return score;
    }

    /** The "Disagree" badge where the scores spread by two points or more. */
    static Component agreement(ConsensusRow row) {
        if (!row.disagreement()) {
            return new Span();
        }
        Span badge = new Span("Disagree");
        badge.getElement().getThemeList().add("badge error");
        badge.setId("consensus-disagree-" + row.criterionId());
        return badge;
    }

    private static Component reasons(ConsensusRow row, Map<Long, String> names) {
        UnorderedList list = new UnorderedList();
        list.setId("consensus-reasons-" + row.criterionId());
        row.cells().stream().filter(c -> names.containsKey(c.assessmentId())).forEach(c -> list.add(new ListItem(
                names.get(c.assessmentId()) + " (" + c.label() + "): "
                        + (c.rationale() == null || c.rationale().isBlank() ? "no reasons given" : c.rationale()))));
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem("Nobody has scored this criterion yet."));
        }
        return list;
    }

    private Component thread(ConsensusAssessment assessment, boolean mayComment) {
        long id = assessment.assessmentId();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        Div list = new Div();
        list.setId("comments-" + id);
        list.setWidthFull();
        body.add(list);
        Details details = new Details();
        details.setId("comment-thread-" + id);
        details.setWidthFull();
        details.add(body);
        String subject = "Comments on " + assessment.assessorName() + "'s assessment"
                + (assessment.submitted() ? "" : " (draft)");
        List<AssessmentCommentView> existing = comments.comments(id);
        existing.forEach(c -> list.add(comment(c)));
        int[] count = {existing.size()};
        details.setSummaryText(subject + " (" + count[0] + ")");
        if (mayComment) {
            TextArea text = new TextArea("Your comment");
            text.setId("comment-text-" + id);
            text.setWidthFull();
            text.setMaxLength(AssessmentCommentService.MAX_LENGTH);
            text.setHelperText("Markdown: **bold**, *italic*, `code`, lines starting with \"- \" for a list");
            Button post = new Button("Post", e -> {
                text.setInvalid(false);
                if (Actions.run(() -> list.add(comment(comments.postComment(id, text.getValue()))), "Comment posted",
                        name -> text)) {
                    text.clear();
                    details.setSummaryText(subject + " (" + ++count[0] + ")");
                }
            });
            post.setId("comment-post-" + id);
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            body.add(text, post);
        }
        return details;
    }

    private static Component comment(AssessmentCommentView comment) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("comment-" + comment.id());
        Paragraph who = new Paragraph(comment.authorName() + ", " + Times.dateTime(comment.postedAt()));
        who.addClassName("hint");
        Div text = new Div();
        text.addClassName("comment-body");
        // the service rendered it through Markdown, whose sanitiser lets only a few formatting tags through
        text.getElement().setProperty("innerHTML", comment.html());
        card.add(who, text);
        return card;
    }
}
