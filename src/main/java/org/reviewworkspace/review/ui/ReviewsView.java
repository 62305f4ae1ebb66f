package org.reviewworkspace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;

/** The reviews I may see, searchable; coordinators start new ones here. */
@Route("reviews")
@PageTitle("Reviews · Review Workspace")
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "Reviews")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER, Role.Names.OBSERVER})
public class ReviewsView extends VerticalLayout {

    final Grid<ReviewSummary> grid = new Grid<>();
    final TextField search = new TextField();

    public ReviewsView(ReviewService reviews, PartnershipService partnerships, CurrentUser currentUser) {
        addClassName("view");
        setSizeFull();
        search.setPlaceholder("Search by title or reference code");
        search.setId("reviews-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("24em");

        grid.setId("reviews-grid");
        grid.addColumn(ReviewSummary::referenceCode).setHeader("Reference").setSortProperty("referenceCode")
                .setAutoWidth(true);
        grid.addColumn(ReviewSummary::title).setHeader("Title").setSortProperty("title").setFlexGrow(2);
        grid.addComponentColumn(r -> status(r)).setHeader("Status").setSortProperty("status").setAutoWidth(true);
        grid.addColumn(r -> Times.dateTime(r.createdAt())).setHeader("Started").setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.setItems(query -> reviews.list(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) reviews.count(search.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reviews/" + e.getItem().id())));
        grid.setEmptyStateText("No reviews you can see yet.");

        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (currentUser.hasRole(Role.COORDINATOR)) {
            Button start = new Button("Start review", e -> new StartReviewDialog(reviews, partnerships,
                    started -> getUI().ifPresent(ui -> ui.navigate("reviews/" + started.id()))).open());
            start.setId("start-review");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(start);
        }
        add(new H2("Reviews"), toolbar, grid);
        setFlexGrow(1, grid);
    }

    static Span status(ReviewSummary review) {
        Span badge = new Span(review.status().label());
        badge.addClassNames("status-badge", review.status().name());
        return badge;
    }
}
