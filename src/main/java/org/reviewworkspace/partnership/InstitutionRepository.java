package org.reviewworkspace.partnership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    List<Institution> findByPartnership_IdAndArchivedFalseOrderByAcronym(Long partnershipId);
}
