package org.reviewworkspace.review;

import java.time.Instant;

/** A review as lists and other features see it. */
public record ReviewSummary(Long id, String referenceCode, String title, ReviewStatus status, String coordinator,
                            Long partnershipId, Instant createdAt, Instant publishedAt) {

    static ReviewSummary of(Review review) {
        return new ReviewSummary(review.getId(), review.getReferenceCode(), review.getTitle(), review.getStatus(),
                review.getCoordinator(), review.getPartnershipId(), review.getCreatedAt(), review.getPublishedAt());
    }
}
