package org.reviewworkspace.inbox;

import java.time.Instant;

/**
 * One line of the inbox.
 *
 * @param route where the task's form lives
 * @param claimable whether the user may claim it (a group task nobody has claimed)
 */
public record InboxItem(String taskId, String taskName, String route, Long reviewId, String reviewCode,
                        String reviewTitle, String institution, Instant created, Instant due, String assigneeName,
                        boolean claimable, boolean overdue) {
}
