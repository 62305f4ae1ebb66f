package org.reviewworkspace.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.finding.Priority;

/**
 * A recommendation of a published report, kept with its partnership until it is implemented or
 * no longer relevant. The statement is the one signed off; owner, target date and status move on.
 */
@Entity
@Table(name = "follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnershipId;
    private Long sourceReviewId;
    private Long findingId;
    private Long institutionId;
    private String statement;
    private String domain;
    @Enumerated(EnumType.STRING)
    private Priority priority;
    private String owner;
    private LocalDate targetDate;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.NOT_STARTED;
    private Instant createdAt;
    private String lastChangedBy;
    private Instant lastChangedAt;
    @Version
    private long version;

    protected FollowUp() {
    }

    /** The item an approved recommendation becomes when its report is published. */
    FollowUp(long partnershipId, long sourceReviewId, FindingView recommendation, String actor, Instant at) {
        this.partnershipId = partnershipId;
        this.sourceReviewId = sourceReviewId;
        this.findingId = recommendation.id();
        this.institutionId = recommendation.institutionId();
        this.statement = recommendation.statement();
        this.domain = recommendation.domain();
        this.priority = recommendation.priority();
        this.owner = recommendation.owner();
        this.targetDate = recommendation.targetDate();
        this.createdAt = at;
        changedBy(actor, at);
    }

    void update(FollowUpStatus status, String owner, LocalDate targetDate, String actor, Instant at) {
        this.status = status;
        this.owner = owner;
        this.targetDate = targetDate;
        changedBy(actor, at);
    }

    private void changedBy(String actor, Instant at) {
        this.lastChangedBy = actor;
        this.lastChangedAt = at;
    }

    /** One line per fact, for the audit trail's before and after. */
    String describe() {
        return "Status: " + status.label() + "\nOwner: " + (owner == null ? "" : owner) + "\nTarget date: "
                + (targetDate == null ? "" : targetDate);
    }

    Long getId() {
        return id;
    }

    Long partnershipId() {
        return partnershipId;
    }

    Long sourceReviewId() {
        return sourceReviewId;
    }

    Long institutionId() {
        return institutionId;
    }

    String statement() {
        return statement;
    }

    String domain() {
        return domain;
    }

    Priority priority() {
        return priority;
    }

    String owner() {
        return owner;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    FollowUpStatus status() {
        return status;
    }

    String lastChangedBy() {
        return lastChangedBy;
    }

    Instant lastChangedAt() {
        return lastChangedAt;
    }

    long version() {
        return version;
    }
}
