package org.reviewworkspace.review;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a review (DESIGN.md §2, "see a review in progress" and
 * "read published reports"). Every review command asks here, whatever the view showed.
 */
@Component
public class ReviewAccess {

    /** Statuses in which an approver sees a review: awaiting or past their sign-off. */
    static final Set<ReviewStatus> APPROVER_STATUSES = EnumSet.of(ReviewStatus.AWAITING_SIGN_OFF,
            ReviewStatus.CHANGES_REQUESTED, ReviewStatus.PUBLISHED, ReviewStatus.REJECTED);

    private final CurrentUser currentUser;
    private final PartnershipService partnerships;

    ReviewAccess(CurrentUser currentUser, PartnershipService partnerships) {
        this.currentUser = currentUser;
        this.partnerships = partnerships;
    }

    /**
     * Whether the current user may see the review, by the permission matrix: "read published
     * reports" once it is published, "see a review in progress" before (and when it ended otherwise).
     */
    boolean maySee(Review review) {
        Capability capability = review.getStatus() == ReviewStatus.PUBLISHED
                ? Capability.READ_PUBLISHED_REPORTS : Capability.SEE_REVIEW_IN_PROGRESS;
        String username = currentUser.username();
        return currentUser.roles().stream().map(capability::reachOf).filter(Objects::nonNull)
                .anyMatch(reach -> reaches(reach, review, username));
    }

    private boolean reaches(Capability.Reach reach, Review review, String username) {
        return switch (reach) {
            case ALL -> true;
            case OWN_REVIEWS -> review.getCoordinator().equals(username);
            case DELEGATION -> review.isMember(username);
            case DELEGATION_LEAD -> review.members().stream()
                    .anyMatch(m -> m.username().equals(username) && m.role() == MemberRole.LEAD);
            case SIGN_OFF_STAGE -> APPROVER_STATUSES.contains(review.getStatus());
            case OWN_PARTNERSHIP -> partnerships.observedBy(username).contains(review.getPartnershipId());
            case OWN_ASSIGNMENTS, FOUR_EYES, SIGNED_BY_THEM -> false;
        };
    }

    void requireVisible(Review review) {
        if (!maySee(review)) {
            throw new NotAllowedException("You do not have access to review " + review.getReferenceCode() + ".");
        }
    }

    /** Refuses unless the current user coordinates this review; returns their username. */
    String requireCoordinatorOf(Review review) {
        String username = currentUser.require(Capability.PLAN_VISIT);
        if (!review.getCoordinator().equals(username)) {
            throw new NotAllowedException("Only the coordinator of " + review.getReferenceCode() + " may do this.");
        }
        return username;
    }

    /** The statuses this user sees regardless of membership, as an approver. */
    Set<ReviewStatus> statusesVisibleByRole() {
        return currentUser.hasRole(Role.APPROVER) ? APPROVER_STATUSES : Set.of();
    }

    /** The partnerships whose published reviews this user sees as an observer. */
    Set<Long> observedPartnerships() {
        return currentUser.hasRole(Role.OBSERVER) ? partnerships.observedBy(currentUser.username()) : Set.of();
    }
}
