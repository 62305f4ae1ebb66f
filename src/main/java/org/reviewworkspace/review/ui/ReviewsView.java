package org.reviewworkspace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewFilter;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;

/**
 * The reviews I may see, searchable; coordinators start new ones here. {@code reviews?status=ASSESSING}
 * opens it narrowed to one status, as the home dashboard's "Reviews by stage" links to it.
 */
@Route("reviews")
@PageTitle("Reviews · Review Workspace")
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "Reviews")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER, Role.Names.OBSERVER})
public class ReviewsView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that presets the status filter, e.g. {@code ?status=PUBLISHED}. */
    public static final String STATUS_PARAMETER = "status";

    final Grid<ReviewSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<PartnershipSummary> partnership = new ComboBox<>();
    final Select<ReviewStatus> status = new Select<>();
    final IntegerField year = new IntegerField();
    final Checkbox mine = new Checkbox("My reviews");

    public ReviewsView(ReviewService reviews, PartnershipService partnerships, CurrentUser currentUser) {
        addClassName("view");
        setSizeFull();
        search.setPlaceholder("Search by title or reference code");
        // the filters have placeholders instead of labels, which go once a value is chosen: names for screen readers
        search.setAriaLabel("Search reviews by title or reference code");
        search.setId("reviews-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("20em");
        partnership.setId("reviews-partnership");
        partnership.setPlaceholder("All partnerships");
        partnership.setAriaLabel("Partnership");
        partnership.setItems(partnerships.partnerships());
        partnership.setClearButtonVisible(true);
        partnership.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setId("reviews-status");
        status.setPlaceholder("Any status");
        status.setAriaLabel("Status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ReviewStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        year.setId("reviews-year");
        year.setPlaceholder("Year");
        year.setAriaLabel("Year");
        year.setWidth("7em");
        year.setClearButtonVisible(true);
        year.setValueChangeMode(ValueChangeMode.LAZY);
        year.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.setId("reviews-mine");
        mine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("reviews-grid");
        // a link, not only a row click, so that keyboard users open a review as everyone else does
        grid.addComponentColumn(r -> new Anchor(ReviewRoutes.workspace(r.referenceCode()), r.referenceCode()))
                .setHeader("Reference").setSortProperty("referenceCode").setAutoWidth(true);
        grid.addColumn(ReviewSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(2);
        grid.addComponentColumn(r -> statusBadge(r.status())).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(r -> Times.dateTime(r.createdAt())).setHeader("Started").setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.setItems(query -> reviews.list(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) reviews.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ReviewRoutes.workspace(e.getItem().referenceCode()))));
        grid.setEmptyStateText("No reviews you can see yet.");

        HorizontalLayout toolbar = new HorizontalLayout(search, partnership, status, year, mine);
        toolbar.setWrap(true);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (currentUser.hasRole(Role.COORDINATOR)) {
            Button start = new Button("Start review", e -> new StartReviewDialog(reviews, partnerships,
                    started -> getUI().ifPresent(ui -> ui.navigate(ReviewRoutes.workspace(started.referenceCode())))).open());
            start.setId("start-review");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(start);
        }
        add(new H2("Reviews"), toolbar, grid);
        setFlexGrow(1, grid);
    }

    /** The query parameters of the list narrowed to {@code status}. */
    public static QueryParameters withStatus(ReviewStatus status) {
        return QueryParameters.of(STATUS_PARAMETER, status.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // an unknown status in a pasted or old link shows every review rather than an error
        event.getLocation().getQueryParameters().getSingleParameter(STATUS_PARAMETER)
                .flatMap(ReviewsView::statusNamed).ifPresent(status::setValue);
    }

    private static Optional<ReviewStatus> statusNamed(String name) {
        return Arrays.stream(ReviewStatus.values()).filter(s -> s.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    private ReviewFilter filter() {
        return new ReviewFilter(search.getValue(), partnership.getValue() == null ? null : partnership.getValue().id(),
                status.getValue(), year.getValue(), mine.getValue());
    }

    /** A review's status as a coloured badge. */
    public static Span statusBadge(ReviewStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("status-badge", status.name());
        return badge;
    }
}
