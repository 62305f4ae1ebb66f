package org.reviewworkspace.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByAssessmentIdOrderByUploadedAtAscIdAsc(Long assessmentId);

    List<Attachment> findByReviewIdOrderByUploadedAtAscIdAsc(Long reviewId);

    Optional<Attachment> findFirstByAssessmentIdAndSha256(Long assessmentId, String sha256);
}
