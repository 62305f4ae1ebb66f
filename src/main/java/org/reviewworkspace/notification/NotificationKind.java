package org.reviewworkspace.notification;

/** Why a user was notified. */
public enum NotificationKind {
    /** A task was given to them: created with them as assignee, or handed to them by someone else. */
    TASK_ASSIGNED,
    /** Their assessment is due in two days and still open. */
    ASSESSMENT_DUE_SOON,
    /** An assessment is past its due date: the assessor's own, or one the coordinator must chase. */
    ASSESSMENT_OVERDUE
}
