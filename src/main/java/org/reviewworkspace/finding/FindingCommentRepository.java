package org.reviewworkspace.finding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingCommentRepository extends JpaRepository<FindingComment, Long> {

    List<FindingComment> findByFindingIdOrderByPostedAtDescIdDesc(Long findingId, Pageable page);

    List<FindingComment> findByReviewIdAndSignOffIdOrderByPostedAtAscIdAsc(Long reviewId, Long signOffId);

    /** The latest sign-off that asked for changes on individual findings of a review. */
    @Query("select max(c.signOffId) from FindingComment c where c.reviewId = ?1 and c.signOffId is not null")
    Optional<Long> latestSignOffWithRequests(Long reviewId);

    @Query("select c.findingId as findingId, count(c) as comments from FindingComment c"
            + " where c.reviewId = ?1 group by c.findingId")
    List<CommentCount> countByFinding(Long reviewId);

    /*
     * The review a sign-off decided on. The sign-off feature depends on this one, not the other
     * way round, so the table is read here instead of through its entity.
     */
    @Query(value = "select review_id from sign_off where id = ?1", nativeQuery = true)
    Optional<Long> reviewOfSignOff(long signOffId);

    interface CommentCount {
        Long getFindingId();

        long getComments();
    }
}
