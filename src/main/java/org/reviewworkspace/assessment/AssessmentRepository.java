package org.reviewworkspace.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByAssignmentId(Long assignmentId);

    List<Assessment> findByReviewIdOrderById(Long reviewId);

    List<Assessment> findByReviewIdAndStatusOrderBySubmittedAt(Long reviewId, AssessmentStatus status);

    boolean existsByReviewIdAndStatus(Long reviewId, AssessmentStatus status);
}
