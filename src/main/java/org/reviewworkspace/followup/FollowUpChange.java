package org.reviewworkspace.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One state of a follow-up item: as it was created, updated by a coordinator, or verified by a review. */
@Entity
@Table(name = "follow_up_change")
class FollowUpChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long followUpId;
    private Instant changedAt;
    private String changedBy;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;
    private String owner;
    private LocalDate targetDate;
    private String note;
    private Long reviewId;

    protected FollowUpChange() {
    }

    FollowUpChange(FollowUp item, String note, Long reviewId) {
        this.followUpId = item.getId();
        this.changedAt = item.lastChangedAt();
        this.changedBy = item.lastChangedBy();
        this.status = item.status();
        this.owner = item.owner();
        this.targetDate = item.targetDate();
        this.note = note;
        this.reviewId = reviewId;
    }

    Long followUpId() {
        return followUpId;
    }

    Instant changedAt() {
        return changedAt;
    }

    String changedBy() {
        return changedBy;
    }

    FollowUpStatus status() {
        return status;
    }

    String owner() {
        return owner;
    }

    LocalDate targetDate() {
        return targetDate;
    }

    String note() {
        return note;
    }

    Long reviewId() {
        return reviewId;
    }
}
