package org.reviewworkspace.followup;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VerificationRepository extends JpaRepository<Verification, Long> {

    List<Verification> findByReviewIdOrderById(Long reviewId);

    List<Verification> findByFollowUpIdInOrderById(Collection<Long> followUpIds);
}
