package org.reviewworkspace.report;

/** One document of a report, checked and ready to be sent to the browser. */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
