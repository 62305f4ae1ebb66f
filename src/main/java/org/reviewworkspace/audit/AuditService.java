package org.reviewworkspace.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail and reads it back. Recording joins the caller's transaction, so
 * an action and its audit event are committed together or not at all.
 */
@Service
public class AuditService {

    private final AuditEventRepository events;
    private final AuditChainHeadRepository heads;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    AuditService(AuditEventRepository events, AuditChainHeadRepository heads, Clock clock,
                 ApplicationEventPublisher publisher) {
        this.events = events;
        this.heads = heads;
        this.clock = clock;
        this.publisher = publisher;
    }

    /**
     * Appends one event to the chain; must run inside the transaction of the action it records.
     * An event on a review is also announced as {@link AuditRecorded}, in the same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent record(AuditEntry entry) {
        AuditChainHead head = heads.lockById(AuditChainHead.ID)
                .orElseThrow(() -> new IllegalStateException("audit_chain_head row missing; see migration V1"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEvent event = events.save(new AuditEvent(head.lastSequence() + 1, now, entry, head.lastHash()));
        head.advance(event);
        if (entry.reviewId() != null) {
            publisher.publishEvent(new AuditRecorded(entry.reviewId(), entry.action()));
        }
        return event;
    }

    /** Appends an event in a transaction of its own, for what happens outside any action (logins). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEvent recordAlone(AuditEntry entry) {
        return record(entry);
    }

    /** The events of one kind for one review, oldest first; used by tests and reports. */
    @Transactional(readOnly = true)
    public List<AuditEvent> eventsOf(long reviewId, String action) {
        return events.findByReviewIdAndActionOrderBySequenceAsc(reviewId, action);
    }

    /**
     * How many events the trail holds on a review, when the first and the latest happened, how
     * many of each action, and the chain hash of the latest; for the published report. Callers
     * check that the current user may read what they show.
     */
    @Transactional(readOnly = true)
    public AuditSummary summaryOf(long reviewId) {
        Map<String, Long> byAction = new LinkedHashMap<>();
        long total = 0;
        for (Object[] row : events.countByActionOfReview(reviewId)) {
            long count = ((Number) row[1]).longValue();
            byAction.put((String) row[0], count);
            total += count;
        }
        Optional<AuditEvent> first = events.findFirstByReviewIdOrderBySequenceAsc(reviewId);
        Optional<AuditEvent> last = events.findFirstByReviewIdOrderBySequenceDesc(reviewId);
        return new AuditSummary(total, first.map(AuditEvent::getOccurredAt).orElse(null),
                last.map(AuditEvent::getOccurredAt).orElse(null), Collections.unmodifiableMap(byAction),
                last.map(AuditEvent::getHash).orElse(null));
    }

    /**
     * The events of a review whose action is one of {@code actions}, by {@code actor} or by
     * anyone when it is {@code null}: the first {@code limit}, newest first. Callers check that the
     * current user may read the review's story.
     */
    @Transactional(readOnly = true)
    public List<AuditEvent> story(long reviewId, Collection<String> actions, String actor, int limit) {
        if (actions.isEmpty() || limit <= 0) {
            return List.of();
        }
        return events.findStory(reviewId, actions, actor, PageRequest.of(0, limit));
    }

    /** How many events {@link #story} would give without a limit. */
    @Transactional(readOnly = true)
    public long storySize(long reviewId, Collection<String> actions, String actor) {
        return actions.isEmpty() ? 0 : events.countStory(reviewId, actions, actor);
    }

    /** The actions that occur on a review, e.g. for choosing what to show of its story. */
    @Transactional(readOnly = true)
    public Set<String> actionsOf(long reviewId) {
        Set<String> actions = new TreeSet<>();
        events.countByActionOfReview(reviewId).forEach(row -> actions.add((String) row[0]));
        return actions;
    }

    /** Everyone who acted on a review. */
    @Transactional(readOnly = true)
    public List<String> actorsOf(long reviewId) {
        return events.actorsOfReview(reviewId);
    }

    /**
     * The reviews in whose trail {@code actor} recorded {@code action}, e.g. the reviews an
     * approver signed off ({@code signoff.decided}); for the audit log's reading rule.
     */
    @Transactional(readOnly = true)
    public Set<Long> reviewsWhere(String actor, String action) {
        return Set.copyOf(events.findReviewIdsByActorAndAction(actor, action));
    }
}
