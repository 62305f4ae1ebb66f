package org.reviewworkspace.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditChainHeadRepository extends Repository<AuditChainHead, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = :id")
    Optional<AuditChainHead> lockById(Integer id);

    /** The head as last committed, without waiting for writers; for verification. */
    Optional<AuditChainHead> findById(Integer id);
}
