package org.reviewworkspace.review;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditLogDirectory;
import org.reviewworkspace.audit.AuditReader;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the audit log who is reading and which reviews they coordinate; see {@link AuditLogDirectory}. */
@Component
@Transactional(readOnly = true)
class ReviewAuditLogDirectory implements AuditLogDirectory {

    private final ReviewRepository reviews;
    private final CurrentUser currentUser;

    ReviewAuditLogDirectory(ReviewRepository reviews, CurrentUser currentUser) {
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    @Override
    public AuditReader currentReader() {
        String username = currentUser.username();
        Set<Role> roles = currentUser.roles();
        Set<Long> coordinated = roles.contains(Role.COORDINATOR)
                ? new HashSet<>(reviews.findIdsCoordinatedBy(username)) : Set.of();
        return new AuditReader(username, roles.contains(Role.ADMIN), roles.contains(Role.COORDINATOR), coordinated);
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
