package org.reviewworkspace.review;

import java.util.Collection;

/**
 * Which reviews the current user may see (DESIGN.md §2, "see a review in progress" and "read
 * published reports"), as parameters of a query, so that lists and counts of reviews and of what
 * belongs to them are narrowed by the database instead of in memory. {@link #WHERE} is the
 * condition on a review aliased {@code r}; pass the fields as the parameters of the same names.
 * {@code ReviewAccess} answers the same question for one review at a time.
 *
 * @param all        sees every review (a coordinator)
 * @param asMember   sees the reviews whose delegation {@code username} belongs to (an assessor)
 * @param byStatus   sees the reviews in {@code statuses} (an approver: awaiting or past sign-off)
 * @param asObserver sees the published reviews of the partnerships in {@code observed}
 */
public record ReviewVisibility(boolean all, boolean asMember, String username, boolean byStatus,
                               Collection<ReviewStatus> statuses, boolean asObserver, Collection<Long> observed) {

    /** The condition, in JPQL, that review {@code r} is visible. */
    public static final String WHERE = """
            (:all = true
             or (:asMember = true and exists (select m from ReviewMember m where m.review = r and m.username = :username))
             or (:byStatus = true and r.status in :statuses)
             or (:asObserver = true and r.status = org.reviewworkspace.review.ReviewStatus.PUBLISHED
                 and r.partnershipId in :observed))""";

    /** Whether the user sees no review at all, e.g. an administrator, who reads the audit trail only. */
    public boolean none() {
        return !all && !asMember && !byStatus && !asObserver;
    }
}
