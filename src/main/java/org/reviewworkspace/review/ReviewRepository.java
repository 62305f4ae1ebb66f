package org.reviewworkspace.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByReferenceCode(String referenceCode);

    List<Review> findByReferenceCodeIn(Collection<String> referenceCodes);

    Optional<Review> findFirstByPartnershipIdOrderByCreatedAtDesc(Long partnershipId);

    long countByReferenceCodeStartingWith(String prefix);

    @Query("select r.id from Review r where r.coordinator = :username")
    List<Long> findIdsCoordinatedBy(String username);

    @Query("select m.review.id from ReviewMember m where m.username = :username")
    List<Long> findIdsWithMember(String username);

    @Query("select r.referenceCode from Review r where r.coordinator = :username")
    List<String> findReferenceCodesCoordinatedBy(String username);

    @Query("select r.referenceCode from Review r where lower(r.title) like :pattern escape '\\' order by r.id desc")
    List<String> findReferenceCodesByTitleLike(String pattern, Pageable page);

    /** Rows of id and reference code of the given reviews. */
    @Query("select r.id, r.referenceCode from Review r where r.id in :ids")
    List<Object[]> findReferenceCodesOf(Collection<Long> ids);

    /**
     * Reviews matching the filter that a user sees as everyone, as a member, or by the review's
     * status ({@link ReviewVisibility}); {@code mine} narrows to those the user coordinates or belongs to.
     */
    @Query("""
            select r from Review r where (lower(r.title) like :text or lower(r.referenceCode) like :text)
            and r.referenceCode like :codePattern
            and (:partnershipId is null or r.partnershipId = :partnershipId)
            and (:status is null or r.status = :status)
            and (:mine = false or r.coordinator = :username
                 or exists (select m from ReviewMember m where m.review = r and m.username = :username))
            and """ + ReviewVisibility.WHERE)
    Page<Review> findVisible(String text, String codePattern, Long partnershipId, ReviewStatus status, boolean mine,
                             boolean all, boolean asMember, String username, boolean byStatus,
                             Collection<ReviewStatus> statuses, boolean asObserver, Collection<Long> observed,
                             Pageable page);

    /** Rows of status and how many reviews the user sees in it ({@link ReviewVisibility}); statuses without any left out. */
    @Query("select r.status, count(r) from Review r where " + ReviewVisibility.WHERE + " group by r.status")
    List<Object[]> countVisibleByStatus(boolean all, boolean asMember, String username, boolean byStatus,
                                        Collection<ReviewStatus> statuses, boolean asObserver,
                                        Collection<Long> observed);
}
