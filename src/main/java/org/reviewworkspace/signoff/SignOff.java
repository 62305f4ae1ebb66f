package org.reviewworkspace.signoff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * An approver's decision on exactly one findings set, identified by the SHA-256 of its
 * canonical form and listed finding by finding with the revision decided on. Never changed
 * once made.
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
    /** The revision of every finding in the set decided on, by finding id. */
    @ElementCollection
    @CollectionTable(name = "sign_off_item", joinColumns = @JoinColumn(name = "sign_off_id"))
    @MapKeyColumn(name = "finding_id")
    @Column(name = "revision")
    private Map<Long, Integer> items = new HashMap<>();

    protected SignOff() {
    }

    SignOff(Long reviewId, int round, String approver, Decision decision, String rationale, Instant decidedAt,
            String findingsHash, Map<Long, Integer> items) {
        this.items.putAll(items);
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

    Map<Long, Integer> items() {
        return Map.copyOf(items);
    }
}
