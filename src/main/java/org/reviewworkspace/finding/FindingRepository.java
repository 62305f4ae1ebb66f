package org.reviewworkspace.finding;

import java.util.Collection;
import java.util.List;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewVisibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FindingRepository extends JpaRepository<Finding, Long> {

    List<Finding> findByAssessmentIdOrderByPosition(Long assessmentId);

    List<Finding> findByReviewIdOrderByPositionAscIdAsc(Long reviewId);

    List<Finding> findByReviewIdAndStatusInOrderByPositionAscIdAsc(Long reviewId, Collection<FindingStatus> statuses);

    /** Findings in {@code statuses} of the reviews a user sees ({@link ReviewVisibility}). */
    String VISIBLE = """
            from Finding f, Review r where r.id = f.reviewId and f.status in :findingStatuses and """
            + ReviewVisibility.WHERE;

    /** Narrowed by type and domain: {@code anyDomain}, else {@code noDomain} or exactly {@code domain}. */
    String FILTERED = """
             and (:type is null or f.type = :type)
             and (:anyDomain = true or (:noDomain = true and f.domain is null) or f.domain = :domain)""";

    /**
     * One page of rows of a finding and its review's reference code, narrowed by type and domain,
     * of the reviews a user sees.
     */
    @Query(value = "select f, r.referenceCode " + VISIBLE + FILTERED,
            countQuery = "select count(f) " + VISIBLE + FILTERED)
    Page<Object[]> findVisible(Collection<FindingStatus> findingStatuses, FindingType type, boolean anyDomain,
                               boolean noDomain, String domain, boolean all, boolean asMember, String username,
                               boolean byStatus, Collection<ReviewStatus> statuses, boolean asObserver,
                               Collection<Long> observed, Pageable page);

    /** Rows of domain (or null), type and count of the findings of the reviews a user sees. */
    @Query("select f.domain, f.type, count(f) " + VISIBLE + " group by f.domain, f.type")
    List<Object[]> countVisibleByDomainAndType(Collection<FindingStatus> findingStatuses, boolean all,
                                               boolean asMember, String username, boolean byStatus,
                                               Collection<ReviewStatus> statuses, boolean asObserver,
                                               Collection<Long> observed);

    /** The domains, in order, of the findings of the reviews a user sees. */
    @Query("select distinct f.domain " + VISIBLE + " and f.domain is not null order by f.domain")
    List<String> findVisibleDomains(Collection<FindingStatus> findingStatuses, boolean all, boolean asMember,
                                    String username, boolean byStatus, Collection<ReviewStatus> statuses,
                                    boolean asObserver, Collection<Long> observed);
}
