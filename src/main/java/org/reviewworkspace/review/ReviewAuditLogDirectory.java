package org.reviewworkspace.review;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditLogDirectory;
import org.reviewworkspace.audit.AuditReader;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit log who is reading and which reviews they coordinate; see {@link AuditLogDirectory}. */
@Component
@Transactional(readOnly = true)
class ReviewAuditLogDirectory implements AuditLogDirectory {

    /** The audit action of an approver's decision on a review's findings. */
    private static final String SIGNED_OFF = "signoff.decided";

    private final ReviewRepository reviews;
    private final CurrentUser currentUser;
    private final AuditService audit;

    ReviewAuditLogDirectory(ReviewRepository reviews, CurrentUser currentUser, AuditService audit) {
        this.reviews = reviews;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** "Read the audit trail" of the permission matrix: each role adds the reviews within its reach. */
    @Override
    public AuditReader currentReader() {
        currentUser.require(Capability.READ_AUDIT_TRAIL);
        String username = currentUser.username();
        Set<Long> readable = new HashSet<>();
        for (Role role : currentUser.roles()) {
            Capability.Reach reach = Capability.READ_AUDIT_TRAIL.reachOf(role);
            if (reach == null) {
                continue;
            }
            switch (reach) {
                case OWN_REVIEWS -> readable.addAll(reviews.findIdsCoordinatedBy(username));
                case DELEGATION -> readable.addAll(reviews.findIdsWithMember(username));
                case SIGNED_BY_THEM -> readable.addAll(audit.reviewsWhere(username, SIGNED_OFF));
                default -> { }
            }
        }
        return new AuditReader(username, currentUser.hasRole(Role.ADMIN), readable);
    }

    @Override
    public Optional<Long> reviewId(String referenceCode) {
        return reviews.findByReferenceCode(referenceCode).map(Review::getId);
    }

    @Override
    public Map<Long, String> referenceCodes(Collection<Long> reviewIds) {
        return reviews.findReferenceCodesOf(reviewIds).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
