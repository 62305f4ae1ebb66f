package org.reviewworkspace.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.report.ReportInfo;
import org.reviewworkspace.report.ReportService;

/**
 * The signed report of a review in its workspace: when it was rendered, the SHA-256 of the PDF
 * and of the approved findings set, the PDF to download, the report to open in a tab and a
 * preview of it. Before publication it says when the report will appear.
 */
public class ReportPanel extends VerticalLayout {

    static final String PENDING = "The report is rendered when the approver approves the findings.";

    final Paragraph pending = new Paragraph(PENDING);
    final Span pdfSha256 = hash();
    final Span findingsHash = hash();
    final Anchor downloadPdf = new Anchor();
    final Anchor openHtml = new Anchor();
    final IFrame preview = new IFrame();

    /** The report of review {@code reviewId}; the service refuses users who may not read it. */
    public ReportPanel(ReportService service, long reviewId) {
        setPadding(false);
        setId("report-panel");
        Optional<ReportInfo> report = service.reportOf(reviewId);
        if (report.isEmpty()) {
            pending.setId("report-pending");
            add(pending);
            return;
        }
        ReportInfo info = report.get();
        Paragraph rendered = new Paragraph("Rendered on " + Times.dateTime(info.generatedAt()) + " when the review was "
                + "published; PDF of " + info.pdfSizeText() + ".");
        rendered.setId("report-generated");
        pdfSha256.setId("report-pdf-sha256");
        pdfSha256.setText(info.pdfSha256());
        findingsHash.setId("report-findings-hash");
        findingsHash.setText(info.findingsHash());
        Div hashes = new Div(line("SHA-256 of the PDF: ", pdfSha256),
                line("SHA-256 of the approved findings set: ", findingsHash));

        downloadPdf.setHref(info.pdfPath());
        downloadPdf.setText("Download PDF");
        downloadPdf.setId("report-download-pdf");
        downloadPdf.setRouterIgnore(true);
        downloadPdf.setDownload(true);
        openHtml.setHref(info.htmlPath());
        openHtml.setText("Open in a new tab");
        openHtml.setTarget(AnchorTarget.BLANK);
        openHtml.setId("report-open-html");
        openHtml.setRouterIgnore(true);

        preview.setId("report-preview");
        preview.setTitle("Report of " + info.referenceCode());
        preview.setWidthFull();
        preview.setHeight("48rem");
        // every page of the application forbids framing, so the preview gets the document
        // itself; the empty sandbox keeps it from running or loading anything
        preview.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
        preview.setSrcdoc(new String(service.html(info.referenceCode()).content(), StandardCharsets.UTF_8));

        add(new H3("Signed report"), rendered, hashes, new HorizontalLayout(downloadPdf, openHtml), preview);
    }

    private static Div line(String label, Span value) {
        return new Div(new Span(label), value);
    }

    private static Span hash() {
        Span span = new Span();
        span.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        span.getStyle().set("overflow-wrap", "anywhere");
        return span;
    }
}
