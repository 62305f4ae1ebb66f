package org.reviewworkspace.assessment;

import java.time.Instant;

/**
 * One attachment as lists show it; the bytes are fetched separately through {@link #downloadPath()}.
 *
 * @param institution acronym of the assessed institution
 * @param assessorName display name of the assessment's assessor
 * @param typeLabel short name of the sniffed type, e.g. "PDF" or "Word"
 * @param previewable whether the panel may show it in place (images and PDFs)
 */
public record EvidenceItem(long id, long assessmentId, String institution, String assessorName, String fileName,
                           String contentType, String typeLabel, long size, String sha256, String uploadedByName,
                           Instant uploadedAt, boolean previewable) {

    /** Where the file is downloaded, relative to the application root; the endpoint checks access itself. */
    public String downloadPath() {
        return "evidence/" + id;
    }

    /** Where the file is served for showing in place (images and PDFs only). */
    public String previewPath() {
        return downloadPath() + "?inline=true";
    }

    /** The first twelve hex digits of the SHA-256, enough to tell files apart at a glance. */
    public String shortSha256() {
        return sha256.substring(0, 12) + "…";
    }

    /** The size for people: bytes, KB or MB. */
    public String sizeText() {
        return EvidenceService.sizeText(size);
    }
}
