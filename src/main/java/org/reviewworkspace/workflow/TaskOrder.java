package org.reviewworkspace.workflow;

/** How an inbox page is sorted: by one property of the task, ascending or descending. */
public record TaskOrder(By by, boolean ascending) {

    public enum By { CREATED, DUE, FOLLOW_UP, NAME, ASSIGNEE }

    /** Newest task first, the inbox's default. */
    public static final TaskOrder NEWEST_FIRST = new TaskOrder(By.CREATED, false);
}
