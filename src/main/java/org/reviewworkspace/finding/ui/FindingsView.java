package org.reviewworkspace.finding.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingFilter;
import org.reviewworkspace.finding.FindingListItem;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.Role;

/**
 * The findings of every review I may see, newest review first, narrowed by type and domain:
 * e.g. all recommendations, to follow up on them. {@code findings?type=RECOMMENDATION&domain=…}
 * opens it narrowed (an empty {@code domain} stands for findings without a domain), as the home
 * dashboard's "Findings by domain and type" links to it.
 */
@Route("findings")
@PageTitle("Findings · Review Workspace")
@Menu(order = 2, icon = "vaadin:lightbulb", title = "Findings")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER, Role.Names.OBSERVER})
public class FindingsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "findings";
    /** Query parameter presetting the type filter, a {@link FindingType} name. */
    public static final String TYPE_PARAMETER = "type";
    /** Query parameter presetting the domain filter; empty for findings without a domain. */
    public static final String DOMAIN_PARAMETER = "domain";
    /** How the domain filter and the dashboard name findings without a domain. */
    public static final String NO_DOMAIN_LABEL = "No domain";

    final Grid<FindingListItem> grid = new Grid<>();
    final Select<FindingType> type = new Select<>();
    final ComboBox<String> domain = new ComboBox<>();
    final Span count = new Span();
    private final List<String> domains;

    public FindingsView(FindingService findings) {
        addClassName("view");
        setSizeFull();

        type.setId("findings-type");
        type.setLabel("Type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any type");
        type.setItems(FindingType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any type" : t.label());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        domain.setId("findings-domain");
        domain.setLabel("Domain");
        domain.setPlaceholder("Any domain");
        domain.setClearButtonVisible(true);
        domain.setWidth("22em");
        domains = new ArrayList<>(findings.domains());
        domains.add(FindingFilter.NO_DOMAIN);
        domain.setItems(domains);
        domain.setItemLabelGenerator(FindingsView::domainLabel);
        domain.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("findings-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // widths in rem, not em: the header's smaller font would make its em narrower than the rows'
        grid.addComponentColumn(f -> new Anchor(ReviewRoutes.workspace(f.reviewCode()), f.reviewCode()))
                .setHeader("Review").setSortProperty("reviewId").setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(FindingListItem::institution).setHeader("Institution").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(f -> f.type().label()).setHeader("Type").setSortProperty("type").setWidth("10.5rem")
                .setFlexGrow(0);
        grid.addColumn(f -> f.domain() == null ? "" : f.domain()).setHeader("Domain").setSortProperty("domain")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(f -> f.priority().label()).setHeader("Priority").setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(FindingListItem::statement).setHeader("Statement").setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(FindingListItem::statement);
        // one column for both, so that the statement keeps room to be read on a laptop screen
        grid.addComponentColumn(FindingsView::ownerAndTarget).setHeader("Owner, target date")
                .setKey("owner").setSortProperty("targetDate").setWidth("11rem").setFlexGrow(0);
        grid.setMultiSort(false);
        grid.setItems(query -> findings.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> {
                    int size = (int) findings.count(filter());
                    count.setText(size == 1 ? "1 finding" : size + " findings");
                    return size;
                });
        grid.setEmptyStateText("No findings of reviews you can see match.");
        count.setId("findings-count");
        count.getStyle().set("color", "var(--lumo-secondary-text-color)");

        HorizontalLayout heading = new HorizontalLayout(new H2("Findings"), count);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(type, domain);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    /** The query parameters of the list narrowed to {@code type} and {@code domain} (either may be {@code null}). */
    public static QueryParameters narrowedTo(FindingType type, String domain) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (type != null) {
            parameters.put(TYPE_PARAMETER, type.name());
        }
        if (domain != null) {
            parameters.put(DOMAIN_PARAMETER, domain);
        }
        return QueryParameters.simple(parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        // an unknown type in a pasted or old link shows every type rather than an error
        parameters.getSingleParameter(TYPE_PARAMETER).flatMap(FindingsView::typeNamed).ifPresent(type::setValue);
        // a domain is taken as it is, even one no finding has (yet): the list then says none match
        parameters.getSingleParameter(DOMAIN_PARAMETER).map(String::strip).ifPresent(chosen -> {
            if (!domains.contains(chosen)) {
                domains.add(chosen);
                domain.setItems(domains);
            }
            domain.setValue(chosen);
        });
    }

    private FindingFilter filter() {
        return new FindingFilter(type.getValue(), domain.getValue());
    }

    private static Optional<FindingType> typeNamed(String name) {
        return Arrays.stream(FindingType.values()).filter(t -> t.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private static Div ownerAndTarget(FindingListItem finding) {
        Div cell = new Div();
        if (finding.owner() != null) {
            cell.add(new Div(finding.owner()));
        }
        if (finding.targetDate() != null) {
            Div target = new Div("by " + Times.date(finding.targetDate()));
            target.getStyle().set("color", "var(--lumo-secondary-text-color)");
            cell.add(target);
        }
        return cell;
    }

    private static String domainLabel(String domain) {
        return FindingFilter.NO_DOMAIN.equals(domain) ? NO_DOMAIN_LABEL : domain;
    }
}
