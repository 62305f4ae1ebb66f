package org.reviewworkspace.signoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SignOffRepository extends JpaRepository<SignOff, Long> {

    List<SignOff> findByReviewIdOrderByRoundAsc(Long reviewId);

    long countByReviewId(Long reviewId);
}
