package org.reviewworkspace.comparison;

import org.reviewworkspace.followup.FollowUpItem;
import org.reviewworkspace.followup.VerificationItem;

/**
 * A recommendation of the earlier review and what the later review found about it.
 *
 * @param verification the later review's verification, or {@code null} when the item was already
 *                     closed when the later review started
 */
public record RecommendationFollowUp(FollowUpItem item, VerificationItem verification) {

    /** "Implemented", "To verify", or why the later review did not verify it. */
    public String verdictText() {
        if (verification == null) {
            return "Not verified: " + item.status().label().toLowerCase() + " before the review started";
        }
        return verification.verified() ? verification.verdict().label() : "To verify";
    }
}
