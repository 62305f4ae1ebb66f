package org.reviewworkspace.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    Optional<Partnership> findByName(String name);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("select p.id from Partnership p join p.observers o where o = :username")
    List<Long> findIdsObservedBy(String username);
}
