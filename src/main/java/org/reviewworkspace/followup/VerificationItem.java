package org.reviewworkspace.followup;

import java.time.Instant;

/**
 * A follow-up item a review is to verify, and what its assessors found.
 *
 * @param statusBefore the item's status when the review started
 * @param verdict      {@code null} while still to verify
 * @param verifiedBy   display name, or {@code null}
 * @param mayRecord    whether the current user may record or change the verdict now
 */
public record VerificationItem(long id, long reviewId, FollowUpItem item, FollowUpStatus statusBefore, Verdict verdict,
                               String evidence, String verifiedBy, Instant verifiedAt, long version,
                               boolean mayRecord) {

    /** Whether an assessor has recorded a verdict. */
    public boolean verified() {
        return verdict != null;
    }
}
