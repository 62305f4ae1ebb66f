package org.reviewworkspace.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.reviewworkspace.finding.Priority;

/**
 * A follow-up item as lists, the review workspace, the comparison and the report show it.
 *
 * @param sourceReference the reference code of the review whose report made the recommendation
 * @param institution     the institution's acronym, or "Cross-cutting"
 * @param lastChangedBy   the display name of whoever changed it last
 */
public record FollowUpItem(long id, long partnershipId, String sourceReference, Long institutionId,
                           String institution, String statement, String domain, Priority priority, String owner,
                           LocalDate targetDate, FollowUpStatus status, String lastChangedBy, Instant lastChangedAt,
                           long version) {
}
