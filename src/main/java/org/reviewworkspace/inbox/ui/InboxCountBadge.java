package org.reviewworkspace.inbox.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.reviewworkspace.base.ui.NavigationBadge;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.live.Change;
import org.reviewworkspace.live.ui.LiveRefresh;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** How many tasks are mine or offered to me, beside "Inbox" in the side navigation; hidden at none. */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class InboxCountBadge extends Span implements NavigationBadge {

    private final InboxService inbox;

    public InboxCountBadge(InboxService inbox, LiveRefresh live) {
        this.inbox = inbox;
        live.whenChanged(this, change -> change.kind() == Change.Kind.TASKS, this::refresh);
        setId("inbox-count-badge");
        getElement().getThemeList().add("badge pill small primary");
    }

    @Override
    public String route() {
        return "";
    }

    /** Re-reads the number, e.g. when a task was created, claimed or completed. */
    public void refresh() {
        long open = inbox.count();
        setText(Long.toString(open));
        getElement().setAttribute("aria-label", open == 1 ? "1 open task" : open + " open tasks");
        setVisible(open > 0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }
}
