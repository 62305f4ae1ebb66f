package org.reviewworkspace.base.ui;

/**
 * A form for one user task, at {@code tasks/<key>/:taskId}. The task id comes from the
 * browser, so {@link #open(String)} asks the service, which decides whether this user may
 * work on it; a refusal is shown in place of the form.
 */
public abstract class TaskFormView extends GuardedView {

    /** The id of the task this form works on, as the route gave it. */
    protected String taskId;

    protected TaskFormView() {
        super("taskId", "task-unavailable", "This task cannot be opened");
    }

    @Override
    protected final void open(String value) {
        taskId = value;
        openTask(value);
    }

    /** Loads the task through its service and builds the form. */
    protected abstract void openTask(String taskId);

    /** Leaves the form for the inbox after the task was completed. */
    protected void backToInbox() {
        getUI().ifPresent(ui -> ui.navigate(""));
    }
}
