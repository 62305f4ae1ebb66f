package org.reviewworkspace.followup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    boolean existsByFindingId(Long findingId);

    List<FollowUp> findByPartnershipIdAndStatusInOrderById(Long partnershipId, Collection<FollowUpStatus> statuses);

    List<FollowUp> findBySourceReviewIdOrderById(Long sourceReviewId);

    @Query("select f from FollowUp f where f.sourceReviewId in :reviews and (:status is null or f.status = :status)")
    Page<FollowUp> findFrom(@Param("reviews") Collection<Long> sourceReviewIds, @Param("status") FollowUpStatus status,
                            Pageable page);

    @Query("select f.status, count(f) from FollowUp f where f.sourceReviewId in :reviews group by f.status")
    List<Object[]> countByStatusFrom(@Param("reviews") Collection<Long> sourceReviewIds);
}
