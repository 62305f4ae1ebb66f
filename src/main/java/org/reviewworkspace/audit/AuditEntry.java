package org.reviewworkspace.audit;

/**
 * What a feature tells the audit trail about one action.
 *
 * @param actor username, or {@code system} for what the process did by itself
 * @param action a stable verb such as {@code review.started}
 * @param reviewId the review it concerns, or {@code null}
 * @param summary one sentence in business language, shown in timelines
 */
public record AuditEntry(String actor, String action, Long reviewId, String entityType, String entityId,
                         String summary, String before, String after) {

    /** The actor of what the process or the application does by itself. */
    public static final String SYSTEM = "system";

    public static AuditEntry of(String actor, String action, Long reviewId, String entityType, Object entityId,
                                String summary) {
        return new AuditEntry(actor, action, reviewId, entityType, entityId == null ? null : entityId.toString(),
                summary, null, null);
    }

    public AuditEntry withDetail(String before, String after) {
        return new AuditEntry(actor, action, reviewId, entityType, entityId, summary, before, after);
    }
}
