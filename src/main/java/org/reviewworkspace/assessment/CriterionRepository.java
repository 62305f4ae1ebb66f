package org.reviewworkspace.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByReviewIdOrderByPosition(Long reviewId);
}
