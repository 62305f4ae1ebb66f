package org.reviewworkspace.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    List<Institution> findByPartnership_IdAndArchivedFalseOrderByAcronym(Long partnershipId);

    Page<Institution> findByPartnership_Id(Long partnershipId, Pageable page);

    long countByPartnership_Id(Long partnershipId);

    Optional<Institution> findByPartnership_IdAndAcronymKey(Long partnershipId, String acronymKey);
}
