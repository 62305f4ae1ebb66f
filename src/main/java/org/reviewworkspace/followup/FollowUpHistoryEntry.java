package org.reviewworkspace.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One state of a follow-up item, oldest first.
 *
 * @param changedBy       display name
 * @param reviewReference the review whose verdict set it, or {@code null}
 */
public record FollowUpHistoryEntry(Instant changedAt, String changedBy, FollowUpStatus status, String owner,
                                   LocalDate targetDate, String note, String reviewReference) {
}
