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

/**
 * A follow-up item a review is to verify: open when the review started, without a verdict until
 * an assessor of the review records one with their evidence.
 */
@Entity
@Table(name = "follow_up_verification")
class Verification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private Long followUpId;
    @Enumerated(EnumType.STRING)
    private FollowUpStatus statusBefore;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private String evidence;
    private String verifiedBy;
    private Instant verifiedAt;
    @Version
    private long version;

    protected Verification() {
    }

    Verification(long reviewId, FollowUp item) {
        this.reviewId = reviewId;
        this.followUpId = item.getId();
        this.statusBefore = item.status();
    }

    void record(Verdict verdict, String evidence, String assessor, Instant at) {
        this.verdict = verdict;
        this.evidence = evidence;
        this.verifiedBy = assessor;
        this.verifiedAt = at;
    }

    /** One line per fact, for the audit trail's before and after. */
    String describe() {
        return "Verdict: " + (verdict == null ? "to verify" : verdict.label()) + "\nEvidence: "
                + (evidence == null ? "" : evidence);
    }

    Long getId() {
        return id;
    }

    Long reviewId() {
        return reviewId;
    }

    Long followUpId() {
        return followUpId;
    }

    FollowUpStatus statusBefore() {
        return statusBefore;
    }

    Verdict verdict() {
        return verdict;
    }

    String evidence() {
        return evidence;
    }

    String verifiedBy() {
        return verifiedBy;
    }

    Instant verifiedAt() {
        return verifiedAt;
    }

    long version() {
        return version;
    }
}
