package org.reviewworkspace.followup.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.followup.FollowUpFilter;
import org.reviewworkspace.followup.FollowUpItem;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.FollowUpStatus;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.security.Role;

/**
 * Every follow-up item of the published reports the user may read, filtered by partnership and
 * status ({@code ?status=IN_PROGRESS} presets the filter, as the home dashboard links it). A row
 * opens the item's history; coordinators update it there between reviews.
 */
@Route("follow-ups")
@PageTitle("Follow-ups · Review Workspace")
@Menu(order = 3, icon = "vaadin:flag-checkered", title = "Follow-ups")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER, Role.Names.OBSERVER})
public class FollowUpsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<FollowUpItem> grid = new Grid<>();
    final ComboBox<PartnershipSummary> partnership = new ComboBox<>();
    final Select<FollowUpStatus> status = new Select<>();
    private final FollowUpService followUps;

    public FollowUpsView(FollowUpService followUps, PartnershipService partnerships) {
        this.followUps = followUps;
        addClassName("view");
        setSizeFull();
        partnership.setId("follow-ups-partnership");
        partnership.setPlaceholder("All partnerships");
        partnership.setAriaLabel("Partnership");
        partnership.setItems(partnerships.partnerships());
        partnership.setItemLabelGenerator(PartnershipSummary::name);
        partnership.setClearButtonVisible(true);
        partnership.setWidth("min(24rem, 100%)");
        partnership.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("follow-ups-status");
        status.setAriaLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("follow-ups-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FollowUpItem::sourceReference).setHeader("Report").setAutoWidth(true).setSortProperty("sourceReviewId");
        grid.addColumn(FollowUpItem::institution).setHeader("Institution").setAutoWidth(true);
        grid.addColumn(FollowUpItem::statement).setHeader("Recommendation").setFlexGrow(3);
        grid.addColumn(i -> i.owner() == null ? "\u2013" : i.owner()).setHeader("Owner").setFlexGrow(1);
        grid.addColumn(i -> i.targetDate() == null ? "\u2013" : Times.date(i.targetDate())).setHeader("Target date")
                .setSortProperty("targetDate").setAutoWidth(true);
        grid.addComponentColumn(i -> badge(i.status())).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.setItems(query -> followUps.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) followUps.count(filter()));
        grid.setEmptyStateText("No follow-up items you can see: they appear when a review's report is published.");
        grid.addItemClickListener(e -> new FollowUpItemDialog(followUps, e.getItem(),
                saved -> grid.getDataProvider().refreshAll()).open());

        HorizontalLayout filters = new HorizontalLayout(partnership, status);
        filters.setWrap(true);
        add(new H2("Follow-ups"), filters, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("status").orElse(null);
        status.setValue(Arrays.stream(FollowUpStatus.values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElse(null));
    }

    /** The query parameters that open the list narrowed to {@code status}. */
    public static QueryParameters withStatus(FollowUpStatus status) {
        return QueryParameters.of("status", status.name());
    }

    private FollowUpFilter filter() {
        return new FollowUpFilter(partnership.getValue() == null ? null : partnership.getValue().id(), status.getValue());
    }

    /** A follow-up status as a badge, coloured by the theme's {@code status-badge} rules. */
    public static Span badge(FollowUpStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("status-badge", "follow-up-" + status.name());
        return badge;
    }
}
