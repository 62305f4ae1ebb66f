package org.reviewworkspace.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append and read, nothing else: the trail is append-only, so this interface declares no delete
 * and {@code save} only ever inserts ({@link AuditEvent} is immutable). ArchitectureTest keeps it so.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByReviewIdAndActionOrderBySequenceAsc(Long reviewId, String action);

    long count();

    Optional<AuditEvent> findFirstByReviewIdOrderBySequenceAsc(Long reviewId);

    Optional<AuditEvent> findFirstByReviewIdOrderBySequenceDesc(Long reviewId);

    /** The next events of the chain after {@code after}, up to and including {@code upTo}, in order. */
    @Query("select e from AuditEvent e where e.sequence > :after and e.sequence <= :upTo order by e.sequence")
    List<AuditEvent> chainAfter(long after, long upTo, Limit limit);

    /** Rows of action and number of events, one per action that occurs on the review. */
    @Query("select e.action, count(e) from AuditEvent e where e.reviewId = :reviewId group by e.action order by e.action")
    List<Object[]> countByActionOfReview(Long reviewId);

    /** The events of a review with one of {@code actions}, by anyone or by one actor, newest first. */
    @Query("select e from AuditEvent e where e.reviewId = :reviewId and e.action in :actions"
            + " and (:actor is null or e.actor = :actor) order by e.sequence desc")
    List<AuditEvent> findStory(Long reviewId, Collection<String> actions, String actor, Pageable page);

    @Query("select count(e) from AuditEvent e where e.reviewId = :reviewId and e.action in :actions"
            + " and (:actor is null or e.actor = :actor)")
    long countStory(Long reviewId, Collection<String> actions, String actor);

    @Query("select distinct e.actor from AuditEvent e where e.reviewId = :reviewId")
    List<String> actorsOfReview(Long reviewId);

    @Query("select distinct e.reviewId from AuditEvent e where e.actor = :actor and e.action = :action"
            + " and e.reviewId is not null")
    List<Long> findReviewIdsByActorAndAction(String actor, String action);
}
