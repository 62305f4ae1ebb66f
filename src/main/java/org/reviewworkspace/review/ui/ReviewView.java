package org.reviewworkspace.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.DomainException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.base.ui.Actions;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.TimelineEntry;
import org.reviewworkspace.security.Role;

/** One review as one record: status, people, what is open now, and its story. */
@Route("reviews/:reviewId")
@PageTitle("Review · Review Workspace")
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.ASSESSOR, Role.Names.APPROVER, Role.Names.OBSERVER})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver {

    final ReviewService reviews;
    final Grid<TimelineEntry> timeline = new Grid<>();

    public ReviewView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long reviewId = Long.parseLong(event.getRouteParameters().get("reviewId").orElse(""));
            show(reviews.details(reviewId));
        } catch (NumberFormatException e) {
            add(new H2("This review does not exist"));
        } catch (DomainException e) {
            Paragraph reason = new Paragraph(e.getMessage());
            reason.setId("review-unavailable");
            add(new H2("This review cannot be opened"), reason);
        }
    }

    private void show(ReviewDetails details) {
        var review = details.review();
        Span status = ReviewsView.status(review);
        status.setId("review-status");
        HorizontalLayout heading = new HorizontalLayout(new H2(review.referenceCode() + " · " + review.title()), status);
        heading.setAlignItems(Alignment.CENTER);
        add(heading);

        Div overview = new Div();
        overview.addClassName("card");
        overview.add(new Paragraph("Partnership: " + details.partnershipName()),
                new Paragraph("Coordinator: " + details.coordinatorName()),
                new Paragraph("Started " + Times.dateTime(review.createdAt())
                        + (review.publishedAt() == null ? "" : " · published " + Times.dateTime(review.publishedAt()))));
        if (details.objectives() != null) {
            overview.add(new Paragraph("Objectives: " + details.objectives()));
        }
        UnorderedList delegation = new UnorderedList();
        delegation.setId("review-delegation");
        details.delegation().forEach(m -> delegation.add(new ListItem(m.displayName()
                + (m.role() == org.reviewworkspace.review.MemberRole.LEAD ? " (lead)" : ""))));
        overview.add(new H3("Delegation"), details.delegation().isEmpty()
                ? new Paragraph("Not chosen yet; the coordinator chooses it while planning the visit.") : delegation);
        UnorderedList open = new UnorderedList();
        open.setId("review-open-tasks");
        details.openTasks().forEach(t -> open.add(new ListItem(t.name() + " — " + t.assigneeName())));
        overview.add(new H3("Open now"), details.openTasks().isEmpty() ? new Paragraph("Nothing; the review is closed.")
                : open);
        add(overview);
        if (details.mayCancel()) {
            add(cancelButton(review.id()));
        }

        timeline.setId("review-timeline");
        timeline.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        timeline.addColumn(e -> Times.dateTime(e.at())).setHeader("When").setWidth("13em").setFlexGrow(0);
        timeline.addColumn(TimelineEntry::actorName).setHeader("Who").setWidth("12em").setFlexGrow(0);
        timeline.addColumn(TimelineEntry::summary).setHeader("What").setFlexGrow(1);
        timeline.setItems(query -> reviews.timeline(review.id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> (int) reviews.timelineSize(review.id()));
        timeline.setAllRowsVisible(false);
        timeline.setHeight("28em");
        add(new H3("Timeline"), timeline);
    }

    private Button cancelButton(long reviewId) {
        Button cancel = new Button("Cancel review", e -> {
            TextArea reason = new TextArea("Reason");
            reason.setWidthFull();
            reason.setId("cancel-reason");
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader("Cancel this review?");
            dialog.add(new Paragraph("Open tasks are withdrawn and the review ends as cancelled."), reason);
            dialog.setCancelable(true);
            dialog.setConfirmText("Cancel review");
            dialog.setCloseOnEsc(true);
            dialog.addConfirmListener(c -> {
                if (Actions.run(() -> reviews.cancelReview(reviewId, reason.getValue()), "Review cancelled",
                        name -> reason)) {
                    getUI().ifPresent(ui -> ui.getPage().reload());
                } else {
                    dialog.open();
                }
            });
            dialog.open();
        });
        cancel.setId("cancel-review");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }
}
