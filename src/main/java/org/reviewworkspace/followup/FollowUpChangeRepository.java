package org.reviewworkspace.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpChangeRepository extends JpaRepository<FollowUpChange, Long> {

    List<FollowUpChange> findByFollowUpIdOrderByChangedAtAscIdAsc(Long followUpId);
}
