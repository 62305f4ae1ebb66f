package org.reviewworkspace.followup;

import java.util.Collection;
import java.util.List;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewVisibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** Follow-up items of the published reports a user may read ({@link ReviewVisibility}). */
    String VISIBLE = """
            from FollowUp f, Review r where r.id = f.sourceReviewId
             and r.status = org.reviewworkspace.review.ReviewStatus.PUBLISHED and """ + ReviewVisibility.WHERE;

    /** Narrowed to a partnership and a status, each unless {@code null}. */
    String FILTERED = """
             and (:partnershipId is null or f.partnershipId = :partnershipId)
             and (:status is null or f.status = :status)""";

    boolean existsByFindingId(Long findingId);

    List<FollowUp> findByPartnershipIdAndStatusInOrderById(Long partnershipId, Collection<FollowUpStatus> statuses);

    List<FollowUp> findBySourceReviewIdOrderById(Long sourceReviewId);

    @Query(value = "select f " + VISIBLE + FILTERED, countQuery = "select count(f) " + VISIBLE + FILTERED)
    Page<FollowUp> findVisible(Long partnershipId, FollowUpStatus status, boolean all, boolean asMember,
                               String username, boolean byStatus, Collection<ReviewStatus> statuses,
                               boolean asObserver, Collection<Long> observed, Pageable page);

    /** Rows of status and count of the follow-up items a user may see. */
    @Query("select f.status, count(f) " + VISIBLE + " group by f.status")
    List<Object[]> countVisibleByStatus(boolean all, boolean asMember, String username, boolean byStatus,
                                        Collection<ReviewStatus> statuses, boolean asObserver,
                                        Collection<Long> observed);
}
