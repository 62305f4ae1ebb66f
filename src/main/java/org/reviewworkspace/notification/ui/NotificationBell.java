package org.reviewworkspace.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.base.ui.NavbarItem;
import org.reviewworkspace.notification.NotificationItem;
import org.reviewworkspace.live.Change;
import org.reviewworkspace.live.ui.LiveRefresh;
import org.reviewworkspace.notification.NotificationService;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * The bell in the title bar: the number of unread notifications as a badge, and on a click the
 * latest notifications, a page at a time. Opening one marks it read and goes to its task or
 * review; "Mark all as read" clears the badge. {@link #refresh()} re-reads the count, e.g. when
 * live updates say the user's notifications changed.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Order(0)
public class NotificationBell extends Composite<Div> implements NavbarItem {

    /** How many notifications the list shows at first, and adds with each "Show older". */
    static final int PAGE = 10;

    private final NotificationService notifications;

    final Button bell = new Button(new Icon(VaadinIcon.BELL));
    final Span count = new Span();
    final Popover popover = new Popover();
    final VerticalLayout list = new VerticalLayout();
    final Button markAll = new Button("Mark all as read");
    final Button older = new Button("Show older");
    final Span none = new Span("No notifications yet.");
    private int shown;

    public NotificationBell(NotificationService notifications, LiveRefresh live) {
        this.notifications = notifications;
        // a new notification, or one read in another tab, shows at once
        live.whenChanged(this, change -> change.kind() == Change.Kind.NOTIFICATIONS, this::refresh);
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.addClickListener(e -> showLatest());
        count.setId("notifications-count");
        count.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        count.getStyle().set("position", "absolute").set("top", "0").set("right", "0")
                .set("pointer-events", "none");
        count.setVisible(false);

        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            if (Actions.run(notifications::markAllRead, null)) {
                showLatest();
            }
        });
        older.setId("notifications-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        older.addClickListener(e -> showMore());
        none.getStyle().set("color", "var(--lumo-secondary-text-color)");

        list.setId("notifications-list");
        list.setPadding(false);
        list.setSpacing(false);
        H3 heading = new H3("Notifications");
        heading.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(heading, markAll);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout content = new VerticalLayout(header, list, older);
        content.setPadding(false);
        content.setWidth("24rem");
        content.getStyle().set("max-height", "70vh").set("overflow", "auto");

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Notifications");
        popover.add(content);

        getContent().getStyle().set("position", "relative").set("display", "inline-block");
        getContent().add(bell, count, popover);
    }

    /** Re-reads how many notifications are unread, and the list if it is open. */
    public void refresh() {
        if (popover.isOpened()) {
            showLatest();
        } else {
            showCount();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        refresh();
    }

    /** The first page of notifications, newest first; the popover opens on the bell's click by itself. */
    private void showLatest() {
        showCount();
        list.removeAll();
        shown = 0;
        showMore();
    }

    private void showCount() {
        long unread = notifications.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(unread == 0 ? "Notifications" : "Notifications, " + unread + " unread");
        bell.setTooltipText(unread == 0 ? "No unread notifications" : unread + " unread notifications");
        markAll.setEnabled(unread > 0);
    }

    private void showMore() {
        List<NotificationItem> page = notifications.page(shown, PAGE + 1);
        page.stream().limit(PAGE).forEach(item -> list.add(row(item)));
        shown += Math.min(page.size(), PAGE);
        older.setVisible(page.size() > PAGE);
        none.setVisible(shown == 0);
        if (shown == 0) {
            list.add(none);
        }
    }

    private Div row(NotificationItem item) {
        Span title = new Span(item.title());
        title.getStyle().set("font-weight", item.read() ? "normal" : "600");
        Span when = new Span(Times.dateTime(item.createdAt()));
        when.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        Div row = new Div(title, new Div(when));
        row.setId("notification-" + item.id());
        row.addClassName(item.read() ? "read" : "unread");
        row.getElement().setAttribute("role", "button");
        row.getElement().setAttribute("tabindex", "0");
        row.getStyle().set("cursor", "pointer").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("width", "100%")
                .set("box-sizing", "border-box")
                .set("background", item.read() ? "transparent" : "var(--lumo-primary-color-10pct)");
        row.addClickListener(e -> open(item));
        row.getElement().addEventListener("keydown", e -> open(item))
                .setFilter("event.key === 'Enter' || event.key === ' '");
        return row;
    }

    private void open(NotificationItem item) {
        if (!Actions.run(() -> notifications.markRead(item.id()), null)) {
            return;
        }
        popover.close();
        refresh();
        if (item.link() != null) {
            getUI().ifPresent(ui -> ui.navigate(item.link()));
        }
    }
}
