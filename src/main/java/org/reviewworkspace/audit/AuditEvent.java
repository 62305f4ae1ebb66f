package org.reviewworkspace.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One recorded action. Written once, in the transaction of the action, and never changed:
 * the class has no setters, Hibernate treats it as immutable (it never writes an UPDATE for it),
 * the database refuses UPDATE and DELETE (migration V8), and each event's hash covers the
 * previous event's hash, so a change made behind the application's back shows when the trail
 * is verified ({@link AuditChainVerifier}).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private Long sequence;
    private Instant occurredAt;
    private String actor;
    private String action;
    private Long reviewId;
    private String entityType;
    private String entityId;
    private String summary;
    @Column(name = "detail_before")
    private String before;
    @Column(name = "detail_after")
    private String after;
    private String previousHash;
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long sequence, Instant occurredAt, AuditEntry entry, String previousHash) {
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.actor = entry.actor();
        this.action = entry.action();
        this.reviewId = entry.reviewId();
        this.entityType = entry.entityType();
        this.entityId = entry.entityId();
        this.summary = entry.summary();
        this.before = entry.before();
        this.after = entry.after();
        this.previousHash = previousHash;
        this.hash = HashChain.hash(previousHash, canonicalForm());
    }

    /** The fields in a fixed order and encoding; what the hash is computed over. */
    String canonicalForm() {
        return String.join("\u001f", String.valueOf(sequence), occurredAt.toString(), actor, action,
                String.valueOf(reviewId), String.valueOf(entityType), String.valueOf(entityId),
                String.valueOf(summary), String.valueOf(before), String.valueOf(after));
    }

    public Long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
