package org.reviewworkspace.report;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReportRepository extends Repository<Report, Long> {

    Report save(Report report);

    boolean existsByReviewId(Long reviewId);

    /** The report with its documents, for downloads. */
    Optional<Report> findByReviewId(Long reviewId);

    /** Everything but the documents: a constructor projection selects only these columns. */
    @Query("""
            select new org.reviewworkspace.report.StoredReport(r.id, r.reviewId, r.generatedAt, r.pdfSize, r.pdfSha256,
                r.findingsHash)
            from Report r where r.reviewId = :reviewId""")
    Optional<StoredReport> findMetadataByReviewId(Long reviewId);
}
