package org.reviewworkspace.finding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FindingRevisionRepository extends JpaRepository<FindingRevision, Long> {

    List<FindingRevision> findByFindingIdOrderByRevisionAsc(Long findingId);

    List<FindingRevision> findByFindingIdInAndRevisionGreaterThan(Collection<Long> findingIds, int revision);

    /** Forgets the states of draft findings an assessor replaces while still writing the assessment. */
    @Modifying
    @Query("delete from FindingRevision r where r.findingId in :findingIds")
    void deleteByFindingIdIn(Collection<Long> findingIds);
}
