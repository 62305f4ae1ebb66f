package org.reviewworkspace.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByReviewIdOrderBySequenceDesc(Long reviewId, Pageable page);

    long countByReviewId(Long reviewId);

    List<AuditEvent> findByReviewIdAndActionOrderBySequenceAsc(Long reviewId, String action);

    long count();
}
