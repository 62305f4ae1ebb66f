package org.reviewworkspace.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A file attached to an assessment as evidence: its sanitised name, the content type sniffed
 * from its bytes, its size and SHA-256. The bytes are in {@link AttachmentContent}. Attachments
 * are never edited, only added and deleted, so they carry no version.
 */
@Entity
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assessmentId;
    private Long reviewId;
    private String fileName;
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    private String uploadedBy;
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Long assessmentId, Long reviewId, String fileName, String contentType, long size, String sha256,
               String uploadedBy, Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.reviewId = reviewId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long assessmentId() {
        return assessmentId;
    }

    Long reviewId() {
        return reviewId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    String uploadedBy() {
        return uploadedBy;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }
}
