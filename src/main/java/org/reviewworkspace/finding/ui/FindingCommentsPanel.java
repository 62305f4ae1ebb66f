package org.reviewworkspace.finding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.stream.Collectors;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.finding.FindingCommentThread;
import org.reviewworkspace.finding.FindingCommentView;

/**
 * The discussion of one finding: its comments with their authors and times, the approver's
 * change requests marked as such, and a box to post markdown with {@code @mentions} for those
 * who may post now. Who may read, post and mention is the service's decision; a user it refuses
 * sees its reason instead of the thread.
 */
public class FindingCommentsPanel extends VerticalLayout {

    final FindingCommentService service;
    final long findingId;
    final Div thread = new Div();
    final Paragraph empty = new Paragraph("No comments yet.");
    final TextArea text = new TextArea("Your comment");
    final Button post = new Button("Post comment");

    public FindingCommentsPanel(FindingCommentService service, long findingId) {
        this.service = service;
        this.findingId = findingId;
        setPadding(false);
        setId("finding-comments-" + findingId);
        add(new H4("Discussion"));
        FindingCommentThread discussion;
        try {
            discussion = service.thread(findingId);
        } catch (DomainException e) {
            Paragraph reason = new Paragraph(e.getMessage());
            reason.setId("finding-comments-unavailable");
            add(reason);
            return;
        }
        thread.setId("finding-comment-thread");
        thread.setWidthFull();
        empty.addClassName("hint");
        empty.setId("finding-comments-empty");
        discussion.comments().forEach(c -> thread.add(card(c)));
        empty.setVisible(discussion.comments().isEmpty());
        add(thread, empty);
        if (discussion.mayPost()) {
            add(form(discussion.mentionable()));
        } else {
            Paragraph closed = new Paragraph(discussion.whyNot());
            closed.addClassName("hint");
            closed.setId("finding-comments-closed");
            add(closed);
        }
    }

    private Component form(Map<String, String> mentionable) {
        text.setId("finding-comment-text");
        text.setWidthFull();
        text.setMaxLength(FindingCommentService.MAX_LENGTH);
        text.setHelperText("Markdown: **bold**, *italic*, `code`, lists, links. Mention with "
                + mentionable.entrySet().stream().map(e -> "@" + e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", ")) + ".");
        post.setId("finding-comment-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        post.addClickListener(e -> post());
        VerticalLayout form = new VerticalLayout(text, post);
        form.setPadding(false);
        return form;
    }

    private void post() {
        text.setInvalid(false);
        FindingCommentView[] posted = new FindingCommentView[1];
        if (Actions.run(() -> posted[0] = service.postComment(findingId, text.getValue()), "Comment posted",
                name -> text)) {
            thread.add(card(posted[0]));
            empty.setVisible(false);
            text.clear();
        }
    }

    private static Component card(FindingCommentView comment) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("finding-comment-" + comment.id());
        if (comment.changeRequest()) {
            card.addClassName("change-request");
            Span marker = new Span("Change requested by the approver");
            marker.getElement().getThemeList().add("badge contrast");
            card.add(marker);
        }
        Paragraph who = new Paragraph(comment.authorName() + ", " + Times.dateTime(comment.postedAt()));
        who.addClassName("hint");
        Div body = new Div();
        body.addClassName("comment-body");
        // sanitised by the service through Markdown: only a few formatting tags and http(s)/mailto links remain
        body.getElement().setProperty("innerHTML", comment.html());
        card.add(who, body);
        return card;
    }
}
