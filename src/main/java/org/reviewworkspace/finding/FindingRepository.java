package org.reviewworkspace.finding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByAssessmentIdOrderByPosition(Long assessmentId);

    List<Finding> findByReviewIdOrderByPositionAscIdAsc(Long reviewId);

    List<Finding> findByReviewIdAndStatusInOrderByPositionAscIdAsc(Long reviewId, Collection<FindingStatus> statuses);
}
