package org.reviewworkspace.assessment;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentCommentRepository extends JpaRepository<AssessmentComment, Long> {

    List<AssessmentComment> findByAssessmentIdOrderByPostedAtDescIdDesc(Long assessmentId, Pageable page);

    long countByAssessmentId(Long assessmentId);
}
