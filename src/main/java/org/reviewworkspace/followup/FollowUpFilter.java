package org.reviewworkspace.followup;

/**
 * What the follow-up list is narrowed to; both parts are optional.
 *
 * @param partnershipId only items of this partnership
 * @param status        only items in this status
 */
public record FollowUpFilter(Long partnershipId, FollowUpStatus status) {

    public static FollowUpFilter all() {
        return new FollowUpFilter(null, null);
    }
}
