package org.reviewworkspace.assessment;

/** The verified bytes of one attachment, ready to be sent to the browser. */
public record EvidenceFile(String fileName, String contentType, byte[] content, boolean previewable) {
}
