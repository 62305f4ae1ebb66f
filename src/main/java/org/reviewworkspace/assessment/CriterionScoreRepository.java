package org.reviewworkspace.assessment;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Scores by criterion, for removing a criterion the coordinator dropped before any submission. */
interface CriterionScoreRepository extends Repository<CriterionScore, Long> {

    @Modifying
    @Query("delete from CriterionScore s where s.criterionId = ?1")
    int deleteByCriterionId(Long criterionId);
}
