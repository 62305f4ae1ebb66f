package org.reviewworkspace;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.reviewworkspace.base.ui.GuardedView;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.workspace.ui.ProcessDiagram;

/**
 * A review's process diagram on a page of its own, for {@link ProcessDiagramBrowserTest}: it lives
 * with the tests, so the application has no such page, and asks the same service the review page
 * does, so it shows only reviews the signed-in coordinator may see.
 */
@Route("test/process-diagram/:reference")
@PageTitle("Process diagram · Review Workspace")
@RolesAllowed(Role.Names.COORDINATOR)
public class ProcessDiagramTestPage extends GuardedView {

    final ReviewService reviews;

    public ProcessDiagramTestPage(ReviewService reviews) {
        super("reference", "process-diagram-unavailable", "This review cannot be opened");
        this.reviews = reviews;
    }

    @Override
    protected void open(String referenceCode) {
        ReviewDetails details = reviews.detailsByReference(referenceCode);
        add(new H2(details.review().referenceCode() + " · " + details.review().title()),
                new ProcessDiagram(reviews.processPath(details.review().id())));
    }
}
