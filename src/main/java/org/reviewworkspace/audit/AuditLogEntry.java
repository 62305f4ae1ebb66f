package org.reviewworkspace.audit;

import java.time.Instant;

/**
 * One event as the audit log shows it.
 *
 * @param actorName the name people read for {@code actor}; "Review process" for what the process did itself
 * @param reviewCode the reference code of the review the event concerns, or {@code null}
 * @param before the record before the action, as recorded (often {@code null})
 * @param after the record after the action, as recorded (often {@code null})
 * @param hash the event's chain hash, covering {@code previousHash} and every field above
 */
public record AuditLogEntry(long sequence, Instant occurredAt, String actor, String actorName, String action,
                            String reviewCode, String entityType, String entityId, String summary, String before,
                            String after, String previousHash, String hash) {

    /** The record acted on in words, e.g. {@code Finding 42}; empty when the event names none. */
    public String entity() {
        if (entityType == null) {
            return "";
        }
        return entityId == null ? entityType : entityType + " " + entityId;
    }
}
