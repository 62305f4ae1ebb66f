package org.reviewworkspace.notification;

import java.time.Instant;

/**
 * A notification as the bell lists it.
 *
 * @param title what happened, in the recipient's terms
 * @param referenceCode the review it concerns, or {@code null}
 * @param link the route to open (a task form or a review's workspace), or {@code null}
 */
public record NotificationItem(long id, Instant createdAt, NotificationKind kind, String title,
                               String referenceCode, String link, boolean read) {
}
