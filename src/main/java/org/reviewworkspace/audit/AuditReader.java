package org.reviewworkspace.audit;

import java.util.Set;

/**
 * The signed-in user as the audit log's reading rule needs them ({@link AuditLogService}).
 *
 * @param administrator holds the ADMIN role
 * @param coordinator holds the COORDINATOR role
 * @param coordinatedReviews ids of the reviews whose coordinator they are
 */
public record AuditReader(String username, boolean administrator, boolean coordinator, Set<Long> coordinatedReviews) {

    public AuditReader {
        coordinatedReviews = Set.copyOf(coordinatedReviews);
    }
}
