package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.report.ReportInfo;
import org.reviewworkspace.report.ReportService;
import org.reviewworkspace.report.ui.ReportPanel;
import org.springframework.beans.factory.annotation.Autowired;

/** The report panel of the review workspace, for the people who may read published reports. */
class ReportPanelTest extends KaribuTestSupport {

    @Autowired ReportService reports;

    @Test
    void the_coordinator_sees_the_signed_2022_report_with_its_sha_256_and_downloads_the_pdf() {
        signInAs("coordinator");
        long reviewId = review(REVIEW_2022).id();
        ReportInfo report = acting.as("coordinator", () -> reports.reportOf(reviewId)).orElseThrow();

        UI.getCurrent().add(new ReportPanel(reports, reviewId));

        assertThat(_get(Span.class, spec -> spec.withId("report-pdf-sha256")).getText()).isEqualTo(report.pdfSha256())
                .hasSize(64);
        assertThat(_get(Span.class, spec -> spec.withId("report-findings-hash")).getText())
                .isEqualTo(report.findingsHash());
        Anchor download = _get(Anchor.class, spec -> spec.withId("report-download-pdf"));
        assertThat(download.getHref()).isEqualTo("reports/" + REVIEW_2022 + ".pdf");
        assertThat(download.isRouterIgnore()).as("the link leaves the Vaadin router to the download endpoint").isTrue();
        assertThat(download.isDownload()).isTrue();
        Anchor open = _get(Anchor.class, spec -> spec.withId("report-open-html"));
        assertThat(open.getHref()).isEqualTo("reports/" + REVIEW_2022 + ".html");
        assertThat(open.getTargetValue()).isEqualTo(AnchorTarget.BLANK);
        IFrame preview = _get(IFrame.class, spec -> spec.withId("report-preview"));
        assertThat(preview.getSrcdoc()).hasValueSatisfying(html -> assertThat(html).contains("Signed report",
                REVIEW_2022, report.findingsHash()));
        assertThat(preview.getSandbox()).hasValueSatisfying(sandbox -> assertThat(sandbox)
                .containsExactly(IFrame.SandboxType.RESTRICT_ALL));
    }

    @Test
    void an_observer_reads_the_published_report_of_the_partnership() {
        signInAs("observer");

        UI.getCurrent().add(new ReportPanel(reports, review(REVIEW_2022).id()));

        assertThat(_get(Span.class, spec -> spec.withId("report-pdf-sha256")).getText()).hasSize(64);
        assertThat(_get(Anchor.class, spec -> spec.withId("report-download-pdf")).getHref()).endsWith(".pdf");
    }

    @Test
    void before_publication_the_panel_says_when_the_report_appears() {
        signInAs("coordinator");

        UI.getCurrent().add(new ReportPanel(reports, review(REVIEW_2025).id()));

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-pending")).getText())
                .isEqualTo("The report is rendered when the approver approves the findings.");
        _assertNone(Anchor.class, spec -> spec.withId("report-download-pdf"));
        _assertNone(IFrame.class, spec -> spec.withId("report-preview"));
    }
}
