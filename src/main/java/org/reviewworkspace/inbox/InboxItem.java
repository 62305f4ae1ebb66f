package org.reviewworkspace.inbox;

import java.time.Instant;

/**
 * One line of the inbox.
 *
 * @param route where the task's form lives
 * @param assigneeName who holds the task, empty while nobody does
 * @param claimable whether the current user may claim it (offered to them, nobody holds it)
 * @param mine whether the current user holds it
 * @param shared whether it is offered to several people, so whoever holds it may give it back or
 *               hand it to another of them
 * @param followUp when its holder wants to look at it again, or {@code null}
 */
public record InboxItem(String taskId, String taskName, String route, Long reviewId, String reviewCode,
                        String reviewTitle, String institution, Instant created, Instant due, String assigneeName,
                        boolean claimable, boolean mine, boolean shared, Instant followUp, boolean overdue) {
}
