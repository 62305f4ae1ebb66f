package org.reviewworkspace.audit;

import java.util.Set;

/**
 * The signed-in user as the audit log's reading rule needs them ({@link AuditLogService}).
 *
 * @param administrator reads everything
 * @param readableReviews ids of the reviews whose events they read: those they coordinate, those
 *                        whose delegation they belong to, those they signed off
 */
public record AuditReader(String username, boolean administrator, Set<Long> readableReviews) {

    public AuditReader {
        readableReviews = Set.copyOf(readableReviews);
    }
}
