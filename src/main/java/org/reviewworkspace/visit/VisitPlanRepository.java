package org.reviewworkspace.visit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitPlanRepository extends JpaRepository<VisitPlan, Long> {

    Optional<VisitPlan> findByReviewId(Long reviewId);
}
