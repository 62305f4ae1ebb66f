package org.reviewworkspace.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The report of a published review as it was rendered at publication: its XHTML, its PDF and the
 * PDF's SHA-256. Written once, in the publishing transaction, and never changed. Loading the
 * entity loads both documents (lazy basic attributes would need bytecode enhancement), so the
 * workspace reads the metadata through {@link ReportRepository#findMetadataByReviewId} instead.
 */
@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long reviewId;
    private String html;
    private byte[] pdf;
    private String pdfSha256;
    private long pdfSize;
    private String findingsHash;
    private Instant generatedAt;

    protected Report() {
    }

    Report(Long reviewId, String html, byte[] pdf, String pdfSha256, String findingsHash, Instant generatedAt) {
        this.reviewId = reviewId;
        this.html = html;
        this.pdf = pdf;
        this.pdfSha256 = pdfSha256;
        this.pdfSize = pdf.length;
        this.findingsHash = findingsHash;
        this.generatedAt = generatedAt;
    }

    Long getId() {
        return id;
    }

    String html() {
        return html;
    }

    byte[] pdf() {
        return pdf;
    }

    String pdfSha256() {
        return pdfSha256;
    }
}
