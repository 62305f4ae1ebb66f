package org.reviewworkspace.visit;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AssignmentRepository extends Repository<Assignment, Long> {

    java.util.Optional<Assignment> findById(Long id);

    /** Assignments with their visit plan, read in the same query: lists of tasks show many at once. */
    @Query("select a from Assignment a join fetch a.visitPlan where a.id in :ids")
    List<Assignment> findByIdIn(java.util.Collection<Long> ids);

    @Query("select a.id from Assignment a where a.visitPlan.reviewId = :reviewId order by a.id")
    List<Long> idsOfReview(Long reviewId);
}
