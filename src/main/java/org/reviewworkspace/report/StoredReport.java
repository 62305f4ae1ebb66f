package org.reviewworkspace.report;

import java.time.Instant;

/** The columns of a stored report other than its two documents. */
record StoredReport(long id, long reviewId, Instant generatedAt, long pdfSize, String pdfSha256,
                    String findingsHash) {
}
