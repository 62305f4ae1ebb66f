package org.reviewworkspace.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import org.reviewworkspace.base.DomainException;

/**
 * A form for one user task, at {@code tasks/<key>/:taskId}. The task id comes from the
 * browser, so {@link #open(String)} asks the service, which decides whether this user may
 * work on it; a refusal is shown in place of the form.
 */
public abstract class TaskFormView extends VerticalLayout implements BeforeEnterObserver {

    /** The id of the task this form works on, as the route gave it. */
    protected String taskId;

    protected TaskFormView() {
        addClassName("view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        removeAll();
        try {
            open(taskId);
        } catch (DomainException e) {
            removeAll();
            Paragraph reason = new Paragraph(e.getMessage());
            reason.setId("task-unavailable");
            add(new H2("This task cannot be opened"), reason, new Anchor("", "Back to the inbox"));
        }
    }

    /** Loads the task through its service and builds the form. */
    protected abstract void open(String taskId);

    /** Leaves the form for the inbox after the task was completed. */
    protected void backToInbox() {
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
