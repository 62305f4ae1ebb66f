package org.reviewworkspace.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reviewworkspace.assessment.Consensus;
import org.reviewworkspace.assessment.ConsensusInstitution;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.Sha256;
import org.reviewworkspace.comparison.ComparisonService;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.ReviewStage;
import org.reviewworkspace.workflow.ReviewStageReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The published report of a review: rendered once, as XHTML and PDF, inside the transaction that
 * publishes the review, and read from then on by whoever may read published reports (DESIGN.md
 * §2: the coordinator, delegation members, approvers and observers; not administrators). The
 * PDF's SHA-256 is stored with it and checked before every download.
 */
@Service
public class ReportService {

    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    private final ReportRepository reports;
    private final ReviewService reviews;
    private final PartnershipService partnerships;
    private final VisitService visits;
    private final ConsensusService consensus;
    private final FindingService findings;
    private final SignOffService signOffs;
    private final ComparisonService comparisons;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReportService(ReportRepository reports, ReviewService reviews, PartnershipService partnerships, VisitService visits,
                  ConsensusService consensus, FindingService findings, SignOffService signOffs,
                  ComparisonService comparisons, AuditService audit,
                  CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.reviews = reviews;
        this.partnerships = partnerships;
        this.visits = visits;
        this.consensus = consensus;
        this.findings = findings;
        this.signOffs = signOffs;
        this.comparisons = comparisons;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /*
     * Just before the publishing transaction commits: by then the synchronous listeners have run,
     * so the review is PUBLISHED with its date and its findings are PUBLISHED, and the current
     * user is still the approver who approved. An exception here rolls the whole publication
     * back, decision and process step included: a review is never published without its report.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void publish(ReviewStageReached event) {
        if (event.stage() != ReviewStage.PUBLISHED) {
            return;
        }
        long started = System.nanoTime();
        ReviewSummary review = reviews.byReferenceCode(event.referenceCode());
        if (review.status() != ReviewStatus.PUBLISHED || review.publishedAt() == null) {
            throw new IllegalStateException("The report of " + review.referenceCode() + " is rendered only once the "
                    + "review is published; it stands at " + review.status());
        }
        if (reports.existsByReviewId(review.id())) {
            throw new IllegalStateException("The report of " + review.referenceCode() + " has been rendered already; "
                    + "a published report is never rendered again");
        }
        ReportData data = gather(review.id());
        String html = ReportHtml.render(data);
        byte[] pdf = ReportPdf.render(html);
        String sha256 = Sha256.hex(pdf);
        Report report = reports.save(new Report(review.id(), html, pdf, sha256, data.approval().findingsHash(),
                data.generatedAt()));
        String actor = currentUser.username();
        audit.record(AuditEntry.of(actor, "report.published", review.id(), "Report", report.getId(),
                        "The report of " + review.referenceCode() + " was published (PDF SHA-256 "
                                + sha256.substring(0, 12) + "\u2026)")
                .withDetail(null, "PDF SHA-256 " + sha256 + ", " + pdf.length + " bytes; approved findings set "
                        + data.approval().findingsHash()));
        log.info("Rendered report for {} in {} ms (PDF {} KB)", review.referenceCode(),
                (System.nanoTime() - started) / 1_000_000, (pdf.length + 1023) / 1024);
    }

    private ReportData gather(long reviewId) {
        ReviewDetails details = reviews.details(reviewId);
        List<FindingView> set = findings.findingsSet(reviewId);
        List<SignOffRecord> decisions = signOffs.decisions(reviewId);
        SignOffRecord approval = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        if (approval == null || approval.decision() != Decision.APPROVED || !approval.stillApplies()) {
            throw new IllegalStateException("Review " + details.review().referenceCode() + " has no approval of "
                    + "exactly its current findings set; its report would not show what was signed");
        }
        List<Consensus> scores = consensus.institutions(reviewId).stream()
                .map(ConsensusInstitution::institutionId)
                .map(institutionId -> consensus.consensus(reviewId, institutionId)).toList();
        String previous = reviews.previousReview(reviewId).map(ReviewSummary::referenceCode).orElse(null);
        return new ReportData(details, partnerships.partnership(details.review().partnershipId()), previous,
                visits.overview(reviewId), scores, set, decisions, approval, audit.summaryOf(reviewId),
                comparisons.withPreviousForReport(reviewId).orElse(null), clock.instant());
    }

    /**
     * The report of a published review, without its documents: when it was rendered, the PDF's
     * size and SHA-256, and the hash of the findings set it shows. Empty while the review is not
     * published. Refuses users who may not see the review, administrators included.
     */
    @Transactional(readOnly = true)
    public Optional<ReportInfo> reportOf(long reviewId) {
        ReviewDetails details = reviews.details(reviewId);
        return reports.findMetadataByReviewId(reviewId).map(stored -> new ReportInfo(
                details.review().referenceCode(), stored.generatedAt(), stored.pdfSize(), stored.pdfSha256(),
                stored.findingsHash()));
    }

    /**
     * The PDF of the report of the review {@code referenceCode}, after checking its bytes against
     * the SHA-256 taken when it was rendered; a mismatch is logged, recorded in the audit trail and
     * refused. Refuses users who may not see the review; a review without a report is not found.
     */
    @Transactional(readOnly = true)
    public ReportFile pdf(String referenceCode) {
        Published published = published(referenceCode);
        byte[] pdf = published.report().pdf();
        String actual = Sha256.hex(pdf);
        if (!actual.equals(published.report().pdfSha256())) {
            log.error("The report of {} fails its checksum: stored SHA-256 {}, content hashes to {}",
                    published.referenceCode(), published.report().pdfSha256(), actual);
            audit.recordAlone(AuditEntry.of(currentUser.username(), "report.checksum-mismatch", published.reviewId(),
                    "Report", published.report().getId(), "The PDF of the report of " + published.referenceCode()
                            + " failed its integrity check and was not handed out"));
            throw new ReportCorruptedException("The report of " + published.referenceCode() + " cannot be downloaded: "
                    + "its stored PDF no longer matches the checksum taken when it was published, so it may have "
                    + "been damaged or altered. This has been logged; please tell an administrator.");
        }
        return new ReportFile(published.referenceCode() + "-report.pdf", "application/pdf", pdf);
    }

    /**
     * The report of the review {@code referenceCode} as the XHTML it was printed from, for
     * reading in the browser. Refuses users who may not see the review; a review without a
     * report is not found.
     */
    @Transactional(readOnly = true)
    public ReportFile html(String referenceCode) {
        Published published = published(referenceCode);
        return new ReportFile(published.referenceCode() + "-report.html", "text/html",
                published.report().html().getBytes(StandardCharsets.UTF_8));
    }

    /** Looks the reference code up and nothing more; the stored code names the files. */
    private Published published(String referenceCode) {
        ReviewDetails details = reviews.detailsByReference(referenceCode);
        String stored = details.review().referenceCode();
        Report report = reports.findByReviewId(details.review().id()).orElseThrow(() -> new NotFoundException(
                "Review " + stored + " has not been published, so it has no report yet. The report is rendered when "
                        + "the approver approves the findings."));
        return new Published(details.review().id(), stored, report);
    }

    private record Published(long reviewId, String referenceCode, Report report) {
    }
}
