package org.reviewworkspace.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ui.ReviewRoutes;

/** The first screen of the day: the tasks I work on and those offered to me or my groups. */
@Route("")
@PageTitle("Inbox · Review Workspace")
@Menu(order = 0, icon = "vaadin:inbox", title = "Inbox")
@PermitAll
public class InboxView extends VerticalLayout {

    final Grid<InboxItem> grid = new Grid<>();
    final InboxService inbox;

    public InboxView(InboxService inbox) {
        this.inbox = inbox;
        addClassName("view");
        setSizeFull();
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InboxItem::taskName).setHeader("Task").setWidth("14em").setFlexGrow(0);
        grid.addComponentColumn(item -> ReviewRoutes.link(item.reviewCode(), item.reviewTitle())).setHeader("Review")
                .setWidth("16em").setFlexGrow(1).setTooltipGenerator(item -> item.reviewCode() + " · " + item.reviewTitle());
        grid.addColumn(InboxItem::institution).setHeader("Institution").setWidth("8em").setFlexGrow(0);
        grid.addComponentColumn(InboxView::due).setHeader("Due").setWidth("15em").setFlexGrow(0);
        grid.addColumn(item -> item.assigneeName().isEmpty() ? "Unclaimed" : item.assigneeName()).setHeader("Assignee")
                .setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("11em").setFlexGrow(0);
        grid.setItems(query -> inbox.page(query.getOffset(), query.getLimit()).stream(), query -> (int) inbox.count());
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("Nothing to do right now.");
        add(new H2("Inbox"), grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout actions(InboxItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        if (item.claimable()) {
            Button claim = new Button("Claim", e -> Actions.run(() -> inbox.claim(item.taskId()),
                    "You now hold \u201c" + item.taskName() + "\u201d", name -> null));
            claim.addClickListener(e -> grid.getDataProvider().refreshAll());
            claim.setId("claim-" + item.taskId());
            actions.add(claim);
        }
        Button open = new Button("Open", e -> open(item));
        open.setId("open-" + item.taskId());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private void open(InboxItem item) {
        getUI().ifPresent(ui -> ui.navigate(item.route()));
    }

    private static Span due(InboxItem item) {
        Span due = new Span(item.due() == null ? "" : Times.dateTime(item.due()));
        if (item.overdue()) {
            due.getElement().getThemeList().add("badge error");
            due.setText(due.getText() + " · overdue");
        }
        return due;
    }
}
