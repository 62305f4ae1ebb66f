package org.reviewworkspace.audit;

/** Someone who appears in the audit log as an actor: username and the name people read. */
public record AuditLogActor(String username, String displayName) {
}
