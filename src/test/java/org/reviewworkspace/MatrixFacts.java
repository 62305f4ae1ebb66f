package org.reviewworkspace;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.Capability.Reach;
import org.reviewworkspace.security.Role;

/**
 * What the permission matrix ({@link Capability}) expects for the demo users, one of each role,
 * from the facts of the demo data: who coordinates a review, who belongs to its delegation, where
 * it stands, who observes its partnership. The tests that generate their cases from the matrix
 * compare what the application does with {@link #allows}.
 */
public final class MatrixFacts {

    /** One demo user per role. */
    public static final Map<String, Role> USERS = Map.of("coordinator", Role.COORDINATOR, "assessor1", Role.ASSESSOR,
            "approver", Role.APPROVER, "observer", Role.OBSERVER, "admin", Role.ADMIN);

    /** Stands for "every review at once", which only a reach of {@link Reach#ALL} covers. */
    public static final String EVERYTHING = "*";

    private static final Set<ReviewStatus> SIGN_OFF_STAGE = EnumSet.of(ReviewStatus.AWAITING_SIGN_OFF,
            ReviewStatus.CHANGES_REQUESTED, ReviewStatus.PUBLISHED, ReviewStatus.REJECTED);

    private final ReviewService reviews;

    public MatrixFacts(ReviewService reviews) {
        this.reviews = reviews;
    }

    /**
     * Whether {@code username} may use {@code capability} on the review {@code referenceCode}
     * ({@code null}: on the capability's screen as a whole, any reach will do; {@link #EVERYTHING}:
     * on every review at once).
     */
    public boolean allows(Capability capability, String username, String referenceCode) {
        Reach reach = capability.reachOf(USERS.get(username));
        if (reach == null) {
            return false;
        }
        if (referenceCode == null) {
            return true;
        }
        if (referenceCode.equals(EVERYTHING)) {
            return reach == Reach.ALL;
        }
        ReviewSummary review = reviews.byReferenceCode(referenceCode);
        return switch (reach) {
            case ALL -> true;
            case OWN_REVIEWS -> review.coordinator().equals(username);
            case DELEGATION -> delegation(review).containsKey(username);
            case DELEGATION_LEAD -> ReferenceScenario.DELEGATION_LEAD.equals(username)
                    && delegation(review).containsKey(username);
            case SIGN_OFF_STAGE -> SIGN_OFF_STAGE.contains(review.status());
            case OWN_PARTNERSHIP -> ReferenceScenario.OBSERVER.equals(username);
            case OWN_ASSIGNMENTS, FOUR_EYES, SIGNED_BY_THEM -> false;
        };
    }

    private Map<String, ?> delegation(ReviewSummary review) {
        return reviews.delegation(review.id());
    }
}
