package org.reviewworkspace.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.Sha256;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.finding.Priority;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.signoff.SignOffService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The report of a published review: rendered in the publishing transaction, a PDF that reads
 * back with the findings and the hash that was signed, stored with its SHA-256, and handed out
 * only intact and only to those who may read published reports. The 2022 review of the
 * reference scenario is published when the demo data loads.
 *
 * <p>The context is not left for other classes: Vaadin installs Spring Security's context holder
 * strategy statically, per context started, so a MockMvc context reused after another context
 * has started finds nobody signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PublishedReportTest {

    static final String REVIEW_2022 = "REV-2022-PK-01";
    static final String REVIEW_2025 = "REV-2025-PK-01";
    static final String TYPED_MARKUP = "<script>alert('report')</script> & \"quoted\" <b>bold?</b>";

    @Autowired ReportService reports;
    @Autowired ReviewService reviews;
    @Autowired FindingService findings;
    @Autowired SignOffService signOffs;
    @Autowired AuditService audit;
    @Autowired InboxService inbox;
    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    @Test
    void the_2022_pdf_reads_back_with_its_reference_every_finding_and_the_hash_the_approver_signed() throws IOException {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2022);
        List<FindingView> published = findings.findingsSet(review.id());
        SignOffRecord approval = approvalOf(review);

        String text = pdfText(acting.as("coordinator", () -> reports.pdf(REVIEW_2022)).content());

        assertThat(text).contains(REVIEW_2022, "Signed report", "Task-force visit 2022", approval.findingsHash());
        assertThat(published).hasSizeGreaterThan(6);
        for (FindingView finding : published) {
            assertThat(text).as("finding #" + finding.id() + " of " + finding.institution())
                    .contains(oneLine(finding.statement()));
        }
        assertThat(text).contains("NCP \u2014 National Centre for Physics", "Cross-cutting", "Recommendations",
                "Strengths");
        assertThat(text.indexOf("Cross-cutting")).as("cross-cutting findings come after every institution's")
                .isGreaterThan(text.indexOf("PINSTECH \u2014"));
    }

    @Test
    void the_stored_sha_256_is_that_of_the_pdf_bytes_and_the_findings_hash_that_of_the_approved_set() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2022);
        ReportInfo info = acting.as("coordinator", () -> reports.reportOf(review.id())).orElseThrow();
        byte[] pdf = acting.as("coordinator", () -> reports.pdf(REVIEW_2022)).content();

        assertThat(info.referenceCode()).isEqualTo(REVIEW_2022);
        assertThat(info.pdfSha256()).isEqualTo(Sha256.hex(pdf));
        assertThat(info.pdfSize()).isEqualTo(pdf.length);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(info.findingsHash()).isEqualTo(approvalOf(review).findingsHash());
        assertThat(audit.eventsOf(review.id(), "report.published")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("The report of " + REVIEW_2022
                        + " was published (PDF SHA-256 " + info.pdfSha256().substring(0, 12) + "\u2026)"))
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("approver"));
    }

    @Test
    void the_report_is_rendered_after_the_review_and_its_findings_are_published_in_the_same_transaction()
            throws IOException {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2022);
        long approved = audit.eventsOf(review.id(), "signoff.decided").get(0).getSequence();
        AuditEvent publishedStatus = audit.eventsOf(review.id(), "review.status-changed").stream()
                .filter(e -> "PUBLISHED".equals(e.getAfter())).findFirst().orElseThrow();
        AuditEvent rendered = audit.eventsOf(review.id(), "report.published").get(0);

        assertThat(approved).isLessThan(publishedStatus.getSequence());
        assertThat(publishedStatus.getSequence()).as("the status listener ran before the report was rendered")
                .isLessThan(rendered.getSequence());
        assertThat(jdbc.queryForList("select distinct status from finding where review_id = ? and status <> 'WITHDRAWN'",
                String.class, review.id())).containsExactly("PUBLISHED");
        String text = pdfText(acting.as("observer", () -> reports.pdf(REVIEW_2022)).content());
        assertThat(text).as("the cover shows the publication time the status listener set")
                .contains("Published " + Times.dateTime(review.publishedAt()));
    }

    @Test
    void the_report_lists_the_delegation_and_summarises_the_audit_trail_up_to_publication() throws IOException {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2022);
        long rendered = audit.eventsOf(review.id(), "report.published").get(0).getSequence();
        Integer before = jdbc.queryForObject("select count(*) from audit_event where review_id = ? and sequence < ?",
                Integer.class, review.id(), rendered);
        String lastHash = jdbc.queryForObject("select hash from audit_event where review_id = ? and sequence < ? "
                + "order by sequence desc limit 1", String.class, review.id(), rendered);

        String text = pdfText(acting.as("approver", () -> reports.pdf(REVIEW_2022)).content());

        assertThat(text).contains("Delegation lead", "Lead of the delegation", "Task-force member 1",
                "Task-force member 4", "Review coordinator");
        assertThat(text).contains("Audit summary", "holds " + before + " events on this review",
                "Assessment submitted", lastHash);
        assertThat(text).contains("Scores and consensus", "Islamabad, Lahore and Taxila, Pakistan",
                "Meeting with the chairman of PAEC");
    }

    @Test
    void coordinator_approver_and_observer_download_the_pdf_and_an_administrator_or_a_removed_account_may_not()
            throws Exception {
        for (String reader : List.of("coordinator", "approver", "observer", "assessor3")) {
            mvc.perform(get("/reports/" + REVIEW_2022 + ".pdf").with(as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(header().string("Content-Disposition",
                            org.hamcrest.Matchers.startsWith("attachment; filename=\"" + REVIEW_2022 + "-report.pdf\"")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        int refusalsBefore = refusals();

        mvc.perform(get("/reports/" + REVIEW_2022 + ".pdf").with(as("admin")))
                .andExpect(status().isForbidden())
                .andExpect(content().string("You do not have access to review " + REVIEW_2022 + "."));
        // a session of an account that no longer exists is signed out at its next request
        mvc.perform(get("/reports/" + REVIEW_2022 + ".pdf").with(user("assessor9").roles("ASSESSOR")))
                .andExpect(status().is3xxRedirection());
        assertThat(refusals()).as("the refusal is in the audit trail").isEqualTo(refusalsBefore + 1);
        MvcResult anonymous = mvc.perform(get("/reports/" + REVIEW_2022 + ".pdf")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isNotEqualTo(200);
        assertThat(anonymous.getResponse().getContentType()).isNotEqualTo("application/pdf");
    }

    @Test
    void an_unknown_or_unpublished_review_has_no_report_to_download() throws Exception {
        mvc.perform(get("/reports/REV-1999-XX-01.pdf").with(as("coordinator")))
                .andExpect(status().isNotFound())
                .andExpect(content().string("Review REV-1999-XX-01 does not exist."));
        mvc.perform(get("/reports/" + REVIEW_2025 + ".html").with(as("coordinator")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("has not been published")));
        ReviewSummary review2025 = reviews.byReferenceCode(REVIEW_2025);
        assertThat(acting.as("coordinator", () -> reports.reportOf(review2025.id()))).isEmpty();
        assertThatThrownBy(() -> acting.as("coordinator", () -> reports.pdf(REVIEW_2025)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> acting.as("admin", () -> reports.reportOf(reviews.byReferenceCode(REVIEW_2022).id())))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void the_html_is_shown_in_place_under_a_policy_that_lets_it_run_and_load_nothing() throws Exception {
        MvcResult result = mvc.perform(get("/reports/" + REVIEW_2022 + ".html").with(as("observer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline;")))
                .andReturn();

        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Signed report</h2>", REVIEW_2022)
                .doesNotContain("<script", "<img", "<link", "src=");
    }

    @Test
    void a_pdf_whose_stored_bytes_were_altered_is_refused_and_the_incident_recorded() throws Exception {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2022);
        byte[] original = jdbc.queryForObject("select pdf from report where review_id = ?", byte[].class, review.id());
        byte[] forged = original.clone();
        forged[forged.length / 2] ^= 1;
        jdbc.update("update report set pdf = ? where review_id = ?", forged, review.id());
        try {
            int incidentsBefore = audit.eventsOf(review.id(), "report.checksum-mismatch").size();

            assertThatThrownBy(() -> acting.as("coordinator", () -> reports.pdf(REVIEW_2022)))
                    .isInstanceOf(ReportCorruptedException.class)
                    .hasMessageContaining("The report of " + REVIEW_2022 + " cannot be downloaded")
                    .hasMessageContaining("no longer matches the checksum");
            mvc.perform(get("/reports/" + REVIEW_2022 + ".pdf").with(as("observer")))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("no longer matches the checksum")));
            assertThat(audit.eventsOf(review.id(), "report.checksum-mismatch")).hasSize(incidentsBefore + 2);
        } finally {
            jdbc.update("update report set pdf = ? where review_id = ?", original, review.id());
        }
    }

    @Test
    @DirtiesContext
    void a_publication_whose_report_cannot_be_stored_publishes_nothing_and_typed_markup_ends_up_as_text()
            throws IOException {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 4);
        acting.run("coordinator", () -> {
            String taskId = taskOf("coordinator", review, "ConsolidateFindings");
            List<FindingEdit> edits = new ArrayList<>(findings.openConsolidation(taskId).findings());
            FindingEdit markup = new FindingEdit();
            markup.setType(FindingType.RECOMMENDATION);
            markup.setPriority(Priority.LOW);
            markup.setStatement(TYPED_MARKUP);
            edits.add(markup);
            edits.stream().filter(e -> e.getType() == FindingType.RECOMMENDATION).forEach(e -> {
                e.setOwner("Institute management");
                e.setTargetDate(LocalDate.now(Times.zone()).plusYears(1));
            });
            findings.completeConsolidation(taskId, edits);
        });
        // a report row already there makes rendering fail inside the approver's transaction
        jdbc.update("insert into report (review_id, html, pdf, pdf_sha256, pdf_size, findings_hash, generated_at) "
                + "values (?, 'x', ?, 'x', 1, 'x', current_timestamp)", review.id(), new byte[] {1});

        assertThatThrownBy(() -> scenario.signOff(review, Decision.APPROVED, null))
                .hasMessageContaining("has been rendered already");

        assertThat(reviews.byReferenceCode(REVIEW_2025).status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
        assertThat(audit.eventsOf(review.id(), "signoff.decided")).isEmpty();
        assertThat(audit.eventsOf(review.id(), "report.published")).isEmpty();
        assertThat(jdbc.queryForList("select distinct status from finding where review_id = ? and status <> 'WITHDRAWN'",
                String.class, review.id())).containsExactly("CONSOLIDATED");
        assertThat(taskOf("approver", review, "SignOffFindings")).as("the sign-off is still to do").isNotNull();

        jdbc.update("delete from report where review_id = ?", review.id());
        scenario.signOff(review, Decision.APPROVED, null);

        assertThat(reviews.byReferenceCode(REVIEW_2025).status()).isEqualTo(ReviewStatus.PUBLISHED);
        String html = new String(acting.as("lead", () -> reports.html(REVIEW_2025)).content(), StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;script&gt;alert(&#39;report&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; "
                + "&lt;b&gt;bold?&lt;/b&gt;").doesNotContain("<script", "<b>");
        assertThat(pdfText(acting.as("lead", () -> reports.pdf(REVIEW_2025)).content())).contains(TYPED_MARKUP);
    }

    private SignOffRecord approvalOf(ReviewSummary review) {
        List<SignOffRecord> decisions = acting.as("approver", () -> signOffs.decisions(review.id()));
        SignOffRecord approval = decisions.get(decisions.size() - 1);
        assertThat(approval.decision()).isEqualTo(Decision.APPROVED);
        return approval;
    }

    private int refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'access.refused'", Integer.class);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private String taskOf(String username, ReviewSummary review, String key) {
        return acting.as(username, () -> inbox.page(0, 100).stream()
                .filter(t -> t.reviewCode().equals(review.referenceCode()) && t.route().contains("/" + key + "/"))
                .findFirst().orElseThrow().taskId());
    }

    /** The text of a PDF on one line, words separated by single spaces, as a reader would quote it. */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return oneLine(new PDFTextStripper().getText(document));
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
