package org.reviewworkspace.audit;

import java.time.Instant;
import java.util.Map;

/**
 * How much of a review's story the audit trail holds, for the published report.
 *
 * @param events how many events concern the review
 * @param first when the first of them happened, or {@code null} when there are none
 * @param last when the latest of them happened, or {@code null} when there are none
 * @param byAction how many events of each action, e.g. {@code assessment.submitted → 6}, by action
 * @param lastHash the chain hash of the latest event: anyone holding it can check that the trail
 *                 up to that event is unchanged; {@code null} when there are none
 */
public record AuditSummary(long events, Instant first, Instant last, Map<String, Long> byAction, String lastHash) {
}
