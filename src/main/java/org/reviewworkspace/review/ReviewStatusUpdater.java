package org.reviewworkspace.review;

import java.time.Clock;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.workflow.ReviewStageReached;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors the process position as the review's status, synchronously inside the engine's
 * transaction, so that the two can never disagree.
 */
@Component
class ReviewStatusUpdater {

    private final ReviewRepository reviews;
    private final AuditService audit;
    private final Clock clock;

    ReviewStatusUpdater(ReviewRepository reviews, AuditService audit, Clock clock) {
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void stageReached(ReviewStageReached event) {
        Review review = reviews.findByReferenceCode(event.referenceCode())
                .orElseThrow(() -> new NotFoundException("Review " + event.referenceCode() + " does not exist."));
        ReviewStatus status = ReviewStatus.valueOf(event.stage().name());
        ReviewStatus before = review.getStatus();
        if (before == status) {
            return;
        }
        review.moveTo(status, clock.instant());
        audit.record(AuditEntry.of(AuditEntry.SYSTEM, "review.status-changed", review.getId(), "Review", review.getId(),
                "Review moved from " + before.label() + " to " + status.label()).withDetail(before.name(), status.name()));
    }
}
