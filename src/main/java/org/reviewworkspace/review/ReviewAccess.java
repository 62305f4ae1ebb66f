package org.reviewworkspace.review;

import java.util.EnumSet;
import java.util.Set;
import org.reviewworkspace.base.NotAllowedException;
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
    static final Set<ReviewStatus> OBSERVER_STATUSES = EnumSet.of(ReviewStatus.PUBLISHED);

    private final CurrentUser currentUser;

    ReviewAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    boolean maySee(Review review) {
        Set<Role> roles = currentUser.roles();
        return roles.contains(Role.COORDINATOR)
                || (roles.contains(Role.ASSESSOR) && review.isMember(currentUser.username()))
                || (roles.contains(Role.APPROVER) && APPROVER_STATUSES.contains(review.getStatus()))
                || (roles.contains(Role.OBSERVER) && OBSERVER_STATUSES.contains(review.getStatus()));
    }

    void requireVisible(Review review) {
        if (!maySee(review)) {
            throw new NotAllowedException("You do not have access to review " + review.getReferenceCode() + ".");
        }
    }

    /** Refuses unless the current user coordinates this review; returns their username. */
    String requireCoordinatorOf(Review review) {
        String username = currentUser.require(Role.COORDINATOR, "plan and manage reviews");
        if (!review.getCoordinator().equals(username)) {
            throw new NotAllowedException("Only the coordinator of " + review.getReferenceCode() + " may do this.");
        }
        return username;
    }

    /** The statuses this user sees regardless of membership. */
    Set<ReviewStatus> statusesVisibleByRole() {
        Set<ReviewStatus> statuses = EnumSet.noneOf(ReviewStatus.class);
        if (currentUser.hasRole(Role.APPROVER)) {
            statuses.addAll(APPROVER_STATUSES);
        }
        if (currentUser.hasRole(Role.OBSERVER)) {
            statuses.addAll(OBSERVER_STATUSES);
        }
        return statuses;
    }
}
