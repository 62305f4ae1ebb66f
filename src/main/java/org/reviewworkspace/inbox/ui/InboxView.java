package org.reviewworkspace.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.inbox.NamedFilter;
import org.reviewworkspace.live.Change;
import org.reviewworkspace.live.ui.LiveRefresh;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.workflow.TaskOrder;

/**
 * The first screen of the day: the tasks I work on and those offered to me or my groups, narrowed
 * by who holds them, by date and by review or institution; filters can be saved under a name.
 * Each row offers what I may do with the task: claim, open, give back, hand over, follow up, and
 * for a coordinator reassign. {@code ?filter=overdue} (or {@code due-soon}, {@code mine},
 * {@code offered}) opens it with that filter chosen, as the home dashboard links to it.
 */
@Route("")
@PageTitle("Inbox · Review Workspace")
@Menu(order = 0, icon = "vaadin:inbox", title = "Inbox")
@PermitAll
public class InboxView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that presets the filter: one of {@link #PRESETS}' keys. */
    public static final String FILTER_PARAMETER = "filter";

    /** The filters a link may preset, by the value of {@link #FILTER_PARAMETER}. */
    public static final Map<String, InboxFilter> PRESETS = Map.of(
            "open", InboxFilter.DEFAULT,
            "mine", new InboxFilter(InboxFilter.Show.MINE, InboxFilter.Due.ANY, ""),
            "offered", new InboxFilter(InboxFilter.Show.OFFERED, InboxFilter.Due.ANY, ""),
            "overdue", new InboxFilter(InboxFilter.Show.MINE_AND_OFFERED, InboxFilter.Due.OVERDUE, ""),
            "due-soon", new InboxFilter(InboxFilter.Show.MINE_AND_OFFERED, InboxFilter.Due.DUE_SOON, ""));

    final Grid<InboxItem> grid = new Grid<>();
    final Select<InboxFilter.Show> show = new Select<>();
    final Select<InboxFilter.Due> due = new Select<>();
    final TextField search = new TextField();
    final ComboBox<NamedFilter> saved = new ComboBox<>();
    final Button saveFilter = new Button("Save filter\u2026");
    final Button deleteFilter = new Button("Delete filter");
    final Span count = new Span();
    final InboxService inbox;

    public InboxView(InboxService inbox, LiveRefresh live) {
        this.inbox = inbox;
        // a task created, claimed, handed on or completed by anyone shows without a reload
        live.whenChanged(grid, change -> change.kind() == Change.Kind.TASKS, this::refresh);
        addClassName("view");
        setSizeFull();

        show.setId("inbox-show");
        show.setWidth("19em");
        show.setLabel("Show");
        show.setItems(inbox.showOptions());
        show.setItemLabelGenerator(InboxFilter.Show::label);
        show.setValue(InboxFilter.Show.MINE_AND_OFFERED);
        due.setId("inbox-due");
        due.setLabel("When");
        due.setItems(InboxFilter.Due.values());
        due.setItemLabelGenerator(InboxFilter.Due::label);
        due.setValue(InboxFilter.Due.ANY);
        search.setId("inbox-search");
        search.setLabel("Review or institution");
        search.setPlaceholder("e.g. REV-2025, NCP, Physics");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(InboxFilter.MAX_SEARCH);
        saved.setId("inbox-saved");
        saved.setLabel("Saved filters");
        saved.setPlaceholder("None chosen");
        saved.setItemLabelGenerator(NamedFilter::name);
        saved.setClearButtonVisible(true);
        saved.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue().filter());
            }
            deleteFilter.setEnabled(e.getValue() != null);
        });
        saveFilter.setId("inbox-save-filter");
        saveFilter.addClickListener(e -> new SaveFilterDialog(inbox, currentFilter(), this::savedAs).open());
        deleteFilter.setId("inbox-delete-filter");
        deleteFilter.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        deleteFilter.setEnabled(false);
        deleteFilter.addClickListener(e -> deleteChosenFilter());
        show.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        due.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        search.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        refreshSavedFilters();

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<InboxItem> task = grid.addColumn(InboxItem::taskName).setHeader("Task").setWidth("12em")
                .setFlexGrow(0).setSortable(true).setSortProperty(TaskOrder.By.NAME.name());
        grid.addComponentColumn(item -> ReviewRoutes.link(item.reviewCode(), item.reviewTitle())).setHeader("Review")
                .setWidth("9em").setFlexGrow(1).setTooltipGenerator(item -> item.reviewCode() + " · " + item.reviewTitle());
        grid.addColumn(InboxItem::institution).setHeader("Institution").setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(InboxView::due).setHeader("Due").setWidth("10.5em").setFlexGrow(0)
                .setSortable(true).setSortProperty(TaskOrder.By.DUE.name());
        grid.addColumn(item -> item.followUp() == null ? "" : day(item.followUp()))
                .setHeader("Follow-up").setWidth("7.5em").setFlexGrow(0)
                .setSortable(true).setSortProperty(TaskOrder.By.FOLLOW_UP.name());
        grid.addColumn(item -> item.assigneeName().isEmpty() ? "Unclaimed" : item.assigneeName()).setHeader("Assignee")
                .setWidth("10em").setFlexGrow(0).setSortable(true).setSortProperty(TaskOrder.By.ASSIGNEE.name());
        Grid.Column<InboxItem> created = grid.addColumn(item -> day(item.created())).setHeader("Created")
                .setTooltipGenerator(item -> Times.dateTime(item.created())).setWidth("7.5em").setFlexGrow(0).setSortable(true).setSortProperty(TaskOrder.By.CREATED.name());
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setWidth("10em").setFlexGrow(0);
        grid.setMultiSort(false);
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.setItems(query -> inbox.page(currentFilter(), order(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream(), query -> {
                    int size = (int) inbox.count(currentFilter());
                    count.setText(size == 1 ? "1 task" : size + " tasks");
                    return size;
                });
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setEmptyStateText("Nothing to do right now.");
        count.setId("inbox-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");
        task.setTooltipGenerator(InboxItem::taskName);

        HorizontalLayout filters = new HorizontalLayout(show, due, search, saved, saveFilter, deleteFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout heading = new HorizontalLayout(new H2("Inbox"), count);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    /** The query parameters of the inbox with the filter {@code preset}, a key of {@link #PRESETS}. */
    public static QueryParameters withFilter(String preset) {
        return QueryParameters.of(FILTER_PARAMETER, preset);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // an unknown filter in a pasted or old link leaves the usual one
        event.getLocation().getQueryParameters().getSingleParameter(FILTER_PARAMETER)
                .map(preset -> PRESETS.get(preset.strip().toLowerCase())).ifPresent(this::apply);
    }

    /** Re-reads the tasks, e.g. after someone else claimed or completed one. */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    InboxFilter currentFilter() {
        String text = search.getValue();
        return new InboxFilter(show.getValue(), due.getValue(),
                text == null || text.length() > InboxFilter.MAX_SEARCH ? "" : text);
    }

    private void filterChanged(boolean byUser) {
        if (byUser) {
            saved.clear();
        }
        refresh();
    }

    private void apply(InboxFilter filter) {
        show.setValue(inbox.showOptions().contains(filter.show()) ? filter.show() : InboxFilter.Show.MINE_AND_OFFERED);
        due.setValue(filter.due());
        search.setValue(filter.search());
        refresh();
    }

    private void savedAs(NamedFilter filter) {
        refreshSavedFilters();
        saved.setValue(filter);
    }

    private void refreshSavedFilters() {
        saved.setItems(inbox.savedFilters());
    }

    private void deleteChosenFilter() {
        NamedFilter chosen = saved.getValue();
        if (chosen != null && Actions.run(() -> inbox.deleteFilter(chosen.id()),
                "Deleted the filter \u201c" + chosen.name() + "\u201d")) {
            saved.clear();
            refreshSavedFilters();
        }
    }

    private static TaskOrder order(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) {
            return TaskOrder.NEWEST_FIRST;
        }
        QuerySortOrder first = sortOrders.get(0);
        return new TaskOrder(TaskOrder.By.valueOf(first.getSorted()), first.getDirection() == SortDirection.ASCENDING);
    }

    private HorizontalLayout actions(InboxItem item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (item.claimable()) {
            Button claim = new Button("Claim", e -> {
                Actions.run(() -> inbox.claim(item.taskId()), "You now hold \u201c" + item.taskName() + "\u201d");
                // either way the list shows who holds the task now
                refresh();
            });
            claim.setId("claim-" + item.taskId());
            actions.add(claim);
        }
        Button open = new Button("Open", e -> open(item));
        open.setId("open-" + item.taskId());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        MenuBar more = moreActions(item);
        if (more != null) {
            actions.add(more);
        }
        return actions;
    }

    /** The less frequent actions, in a menu so the row stays calm; {@code null} when there are none. */
    private MenuBar moreActions(InboxItem item) {
        boolean reassignable = show.getValue() == InboxFilter.Show.MY_REVIEWS;
        if (!item.mine() && !reassignable) {
            return null;
        }
        MenuBar bar = new MenuBar();
        bar.setId("more-" + item.taskId());
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel("More actions for " + item.taskName());
        SubMenu menu = root.getSubMenu();
        if (item.mine()) {
            menu.addItem("Follow up on\u2026", e -> new FollowUpDialog(inbox, item, this::refresh).open())
                    .setId("follow-up-" + item.taskId());
            if (item.shared()) {
                menu.addItem("Give back", e -> {
                    Actions.run(() -> inbox.unclaim(item.taskId()), "\u201c" + item.taskName()
                            + "\u201d is offered to everyone again");
                    refresh();
                }).setId("unclaim-" + item.taskId());
                menu.addItem("Hand over\u2026", e -> openAssigneeDialog(item, false))
                        .setId("hand-over-" + item.taskId());
            }
        }
        if (reassignable) {
            menu.addItem("Reassign\u2026", e -> openAssigneeDialog(item, true)).setId("reassign-" + item.taskId());
        }
        return bar;
    }

    private void openAssigneeDialog(InboxItem item, boolean asCoordinator) {
        // the task may have gone meanwhile, or the service refuses: then say why and show the list as it is now
        if (!Actions.run(() -> new AssigneeDialog(inbox, item, asCoordinator, this::refresh).open(), null)) {
            refresh();
        }
    }

    private void open(InboxItem item) {
        getUI().ifPresent(ui -> ui.navigate(item.route()));
    }

    private static Span due(InboxItem item) {
        Span due = new Span(item.due() == null ? "" : day(item.due()));
        if (item.due() != null) {
            due.setTitle(Times.dateTime(item.due()));
        }
        if (item.overdue()) {
            due.getElement().getThemeList().add("badge error");
            due.setText(due.getText() + " · overdue");
        }
        return due;
    }

    private static String day(java.time.Instant instant) {
        return Times.date(instant.atZone(Times.zone()).toLocalDate());
    }
}
