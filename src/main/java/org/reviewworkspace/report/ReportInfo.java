package org.reviewworkspace.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.reviewworkspace.assessment.EvidenceService;
import org.springframework.web.util.UriUtils;

/**
 * A published review's report as the workspace shows it; the documents are fetched through
 * {@link #pdfPath()} and {@link #htmlPath()}, whose endpoint checks access itself.
 *
 * @param pdfSha256 the SHA-256 of the stored PDF, checked again whenever it is downloaded
 * @param findingsHash the SHA-256 of the findings set the approver signed, as in the report
 */
public record ReportInfo(String referenceCode, Instant generatedAt, long pdfSize, String pdfSha256,
                         String findingsHash) {

    /** Where the PDF is downloaded, relative to the application root. */
    public String pdfPath() {
        return "reports/" + UriUtils.encodePathSegment(referenceCode + ".pdf", StandardCharsets.UTF_8);
    }

    /** Where the report is read in the browser, relative to the application root. */
    public String htmlPath() {
        return "reports/" + UriUtils.encodePathSegment(referenceCode + ".html", StandardCharsets.UTF_8);
    }

    /** The size of the PDF for people, e.g. "41.2 KB". */
    public String pdfSizeText() {
        return EvidenceService.sizeText(pdfSize);
    }
}
