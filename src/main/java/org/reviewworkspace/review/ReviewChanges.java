package org.reviewworkspace.review;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reviewworkspace.audit.AuditRecorded;
import org.reviewworkspace.live.Change;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns every action audited on a review into a {@link Change.Kind#REVIEW} change of it, so that
 * open screens of the review catch up without each feature announcing its actions. Runs inside
 * the action's transaction: the change goes out after the commit, or not at all.
 */
@Component
class ReviewChanges {

    /** Reference codes never change, so each review is looked up once per node. */
    private final Map<Long, String> referenceCodes = new ConcurrentHashMap<>();
    private final ReviewRepository reviews;
    private final ApplicationEventPublisher events;

    ReviewChanges(ReviewRepository reviews, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.events = events;
    }

    @EventListener
    void on(AuditRecorded recorded) {
        String referenceCode = referenceCodes.get(recorded.reviewId());
        if (referenceCode == null) {
            referenceCode = reviews.findById(recorded.reviewId()).map(Review::getReferenceCode).orElse(null);
            if (referenceCode == null) {
                return;
            }
            referenceCodes.put(recorded.reviewId(), referenceCode);
        }
        events.publishEvent(new Change(Change.Kind.REVIEW, referenceCode, Set.of()));
    }
}
