package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.reviewworkspace.base.DomainException;

/**
 * A page about one record named in its address (a task id, a review's reference code). The
 * value comes from the browser, so {@link #open(String)} asks a service, which decides whether
 * this user may see it; a refusal is shown in place of the page, in the user's words.
 */
public abstract class GuardedView extends VerticalLayout implements BeforeEnterObserver {

    private final String parameter;
    private final String unavailableId;
    private final String unavailableHeading;
    private String value = "";

    /**
     * @param parameter the route parameter naming the record
     * @param unavailableId the id of the paragraph that says why the page cannot be opened
     * @param unavailableHeading the heading shown above that reason
     */
    protected GuardedView(String parameter, String unavailableId, String unavailableHeading) {
        this.parameter = parameter;
        this.unavailableId = unavailableId;
        this.unavailableHeading = unavailableHeading;
        addClassName("view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        value = event.getRouteParameters().get(parameter).orElse("");
        refresh();
    }

    /** Builds the page again from what the services say now. */
    protected void refresh() {
        removeAll();
        try {
            open(value);
        } catch (DomainException e) {
            removeAll();
            // a refusal is recorded in the audit trail like any other (DESIGN.md §6.2)
            Paragraph reason = new Paragraph(ErrorHandling.describe(e));
            reason.setId(unavailableId);
            add(new H2(unavailableHeading), reason, new Anchor("", "Back to the inbox"));
        }
    }

    /** Loads the record named {@code value} through its service and builds the page. */
    protected abstract void open(String value);
}
