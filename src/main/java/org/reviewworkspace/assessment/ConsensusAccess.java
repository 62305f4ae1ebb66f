package org.reviewworkspace.assessment;

import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may read the assessments of a review side by side and comment on them (DESIGN.md §2):
 * its delegation members, coordinators and approvers who may see the review read; members,
 * the review's coordinator and approvers post while the review runs. Observers read published reports only, never
 * the assessments behind them. Whose draft is visible is decided per assessment, see
 * {@link #mayRead(Viewer, Assessment)}.
 */
@Component
class ConsensusAccess {

    private final ReviewService reviews;
    private final CurrentUser currentUser;

    ConsensusAccess(ReviewService reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    /** Refuses users who may not read the review's assessments; says what the others may do. */
    Viewer require(long reviewId) {
        ReviewDetails details = reviews.details(reviewId);
        String username = currentUser.username();
        boolean member = currentUser.hasRole(Role.ASSESSOR)
                && details.delegation().stream().anyMatch(m -> m.username().equals(username));
        boolean coordinator = currentUser.hasRole(Role.COORDINATOR);
        // details() has let the approver through only for reviews awaiting or past their sign-off
        boolean approver = currentUser.hasRole(Role.APPROVER);
        if (!member && !coordinator && !approver) {
            throw new NotAllowedException("Only the delegation, the coordinator and approvers see the assessments of "
                    + details.review().referenceCode() + ".");
        }
        boolean reviewsCoordinator = coordinator && username.equals(details.review().coordinator());
        return new Viewer(username, details.review().referenceCode(), details.review().partnershipId(),
                (member || reviewsCoordinator || approver) && !details.review().status().isClosed());
    }

    /** Before submission an assessor's scores and comments on them are theirs alone. */
    static boolean mayRead(Viewer viewer, Assessment assessment) {
        return assessment.status() == AssessmentStatus.SUBMITTED || assessment.assessor().equals(viewer.username());
    }

    /** The user reading a review's assessments, and whether they may comment on them. */
    record Viewer(String username, String referenceCode, Long partnershipId, boolean mayComment) {
    }
}
