package org.reviewworkspace.partnership;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByName(String name);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
