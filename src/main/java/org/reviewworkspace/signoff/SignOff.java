package org.reviewworkspace.signoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An approver's decision on exactly one findings set, identified by the SHA-256 of its
 * canonical form. Never changed once made.
 */
@Entity
@Table(name = "sign_off")
class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private int round;
    private String approver;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String rationale;
    private Instant decidedAt;
    private String findingsHash;

    protected SignOff() {
    }

    SignOff(Long reviewId, int round, String approver, Decision decision, String rationale, Instant decidedAt,
            String findingsHash) {
        this.reviewId = reviewId;
        this.round = round;
        this.approver = approver;
        this.decision = decision;
        this.rationale = rationale;
        this.decidedAt = decidedAt;
        this.findingsHash = findingsHash;
    }

    Long getId() {
        return id;
    }

    int round() {
        return round;
    }

    String approver() {
        return approver;
    }

    Decision decision() {
        return decision;
    }

    String rationale() {
        return rationale;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    String findingsHash() {
        return findingsHash;
    }
}
