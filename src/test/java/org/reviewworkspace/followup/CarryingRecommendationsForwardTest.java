package org.reviewworkspace.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.comparison.ComparisonService;
import org.reviewworkspace.comparison.InstitutionComparison;
import org.reviewworkspace.comparison.ReviewComparison;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.report.ReportService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The 2022 task force's approved recommendations carried into the 2025 review of the reference
 * scenario: follow-up items on publication, "to verify" in the next review, verdicts with
 * evidence from the delegation, the comparison of the two reviews and the 2025 report. The steps
 * build on each other in the order given; the 2025 review is published last.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CarryingRecommendationsForwardTest {

    static final String REVIEW_2022 = "REV-2022-PK-01";
    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired FollowUpService followUps;
    @Autowired ComparisonService comparisons;
    @Autowired ReviewService reviews;
    @Autowired FindingService findings;
    @Autowired ReportService reports;
    @Autowired AuditService audit;
    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;

    ReviewSummary review2022;
    ReviewSummary review2025;

    @BeforeEach
    void theVisitOf2025IsPlanned() {
        review2022 = reviews.byReferenceCode(REVIEW_2022);
        review2025 = reviews.byReferenceCode(REVIEW_2025);
        if (review2025.status() == ReviewStatus.PLANNING) {
            scenario.draftPlan(review2025, LocalDate.of(2025, 8, 24), true);
            review2025 = reviews.byReferenceCode(REVIEW_2025);
        }
    }

    @Test
    @Order(1)
    void every_approved_recommendation_of_2022_became_a_follow_up_item_not_started() {
        long recommendations = findings.findingsSet(review2022.id()).stream()
                .filter(f -> f.type() == FindingType.RECOMMENDATION).count();

        List<FollowUpItem> items = acting.as("coordinator", () -> followUps.list(FollowUpFilter.all(),
                org.springframework.data.domain.PageRequest.of(0, 50)));

        assertThat(recommendations).isEqualTo(7);
        assertThat(items).hasSize(7).allSatisfy(item -> {
            assertThat(item.sourceReference()).isEqualTo(REVIEW_2022);
            assertThat(item.status()).isEqualTo(FollowUpStatus.NOT_STARTED);
            assertThat(item.owner()).isNotBlank();
            assertThat(item.targetDate()).isNotNull();
        });
        assertThat(items).extracting(FollowUpItem::institution).contains("NCP", "HMC-3", "Cross-cutting");
        for (String column : List.of("sourceReviewId", "targetDate", "status")) {
            assertThat(acting.as("observer", () -> followUps.list(FollowUpFilter.all(),
                    org.springframework.data.domain.PageRequest.of(0, 5, org.springframework.data.domain.Sort.by(column)))))
                    .as("sorted by " + column).hasSize(5);
        }
        assertThat(acting.as("observer", () -> followUps.count(new FollowUpFilter(review2022.partnershipId(),
                FollowUpStatus.NOT_STARTED)))).isEqualTo(7);
        assertThat(acting.as("coordinator", () -> followUps.history(items.get(0).id()))).singleElement()
                .satisfies(h -> assertThat(h.note()).isEqualTo("Approved in the report of " + REVIEW_2022));
        assertThat(audit.eventsOf(review2022.id(), "follow-ups.created")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("approver"));
    }

    @Test
    @Order(2)
    void the_2025_review_has_every_open_2022_recommendation_to_verify_and_none_taken_over_as_done() {
        List<VerificationItem> toVerify = acting.as("assessor1", () -> followUps.toVerify(review2025.id()));

        assertThat(toVerify).hasSize(7).allSatisfy(v -> {
            assertThat(v.verified()).isFalse();
            assertThat(v.statusBefore()).isEqualTo(FollowUpStatus.NOT_STARTED);
            assertThat(v.item().sourceReference()).isEqualTo(REVIEW_2022);
            assertThat(v.mayRecord()).isTrue();
        });
        assertThat(acting.as("coordinator", () -> followUps.toVerify(review2025.id())))
                .allSatisfy(v -> assertThat(v.mayRecord()).as("the coordinator does not verify").isFalse());
        assertThat(audit.eventsOf(review2025.id(), "follow-ups.to-verify")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).startsWith("7 open follow-up items"));
    }

    @Test
    @Order(3)
    void an_assessor_records_a_verdict_with_evidence_and_the_item_moves_on_with_its_history() {
        VerificationItem first = acting.as("assessor1", () -> followUps.toVerify(review2025.id())).get(0);

        VerificationItem verified = acting.as("assessor1", () -> followUps.recordVerdict(first.id(),
                new VerdictForm(Verdict.PARTLY_IMPLEMENTED, "Two local firms now supply cable trays; tenders "
                        + "for magnets are still open."), first.version()));

        assertThat(verified.verdict()).isEqualTo(Verdict.PARTLY_IMPLEMENTED);
        assertThat(verified.verifiedBy()).isEqualTo("Task-force member 1");
        assertThat(verified.item().status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
        assertThat(acting.as("coordinator", () -> followUps.history(first.item().id())))
                .extracting(FollowUpHistoryEntry::status, FollowUpHistoryEntry::reviewReference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FollowUpStatus.NOT_STARTED, REVIEW_2022),
                        org.assertj.core.groups.Tuple.tuple(FollowUpStatus.IN_PROGRESS, REVIEW_2025));
        assertThat(audit.eventsOf(review2025.id(), "follow-up.verified")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).endsWith(": partly implemented"))
                .satisfies(e -> assertThat(e.getAfter()).contains("Two local firms"));
    }

    @Test
    @Order(4)
    void a_verdict_without_readable_evidence_is_refused_beside_the_field_and_changes_nothing() {
        VerificationItem second = acting.as("assessor2", () -> followUps.toVerify(review2025.id())).get(1);

        assertThatThrownBy(() -> acting.as("assessor2", () -> followUps.recordVerdict(second.id(),
                new VerdictForm(Verdict.IMPLEMENTED, "   "), second.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("evidence"));
        assertThatThrownBy(() -> acting.as("assessor2", () -> followUps.recordVerdict(second.id(),
                new VerdictForm(null, "Seen on site"), second.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKey("verdict"));
        for (String hostile : List.of("Seen\u0000 on site", "x".repeat(FollowUpService.MAX_TEXT + 1))) {
            assertThatThrownBy(() -> acting.as("assessor2", () -> followUps.recordVerdict(second.id(),
                    new VerdictForm(Verdict.IMPLEMENTED, hostile), second.version())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .containsOnlyKeys("evidence"));
        }
        assertThat(acting.as("assessor2", () -> followUps.toVerify(review2025.id())).get(1).verified()).isFalse();
        assertThat(audit.eventsOf(review2025.id(), "follow-up.verified")).hasSize(1);
    }

    @Test
    @Order(5)
    void a_verdict_recorded_since_the_form_opened_is_not_overwritten_unseen() {
        VerificationItem third = acting.as("assessor3", () -> followUps.toVerify(review2025.id())).get(2);
        acting.run("assessor3", () -> followUps.recordVerdict(third.id(),
                new VerdictForm(Verdict.IMPLEMENTED, "The coordination office opened in 2024."), third.version()));

        assertThatThrownBy(() -> acting.as("assessor4", () -> followUps.recordVerdict(third.id(),
                new VerdictForm(Verdict.NOT_IMPLEMENTED, "Nothing seen."), third.version())))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("Task-force member 3 recorded a verdict on this item");
        assertThat(acting.as("assessor3", () -> followUps.toVerify(review2025.id())).get(2).verdict())
                .isEqualTo(Verdict.IMPLEMENTED);
    }

    @Test
    @Order(6)
    void only_the_delegation_verifies_and_ids_from_the_browser_are_not_trusted() {
        VerificationItem fourth = acting.as("coordinator", () -> followUps.toVerify(review2025.id())).get(3);
        VerdictForm form = new VerdictForm(Verdict.IMPLEMENTED, "Seen.");

        for (String outsider : List.of("coordinator", "approver", "observer", "admin")) {
            assertThatThrownBy(() -> acting.as(outsider, () -> followUps.recordVerdict(fourth.id(), form,
                    fourth.version()))).as(outsider).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> acting.as("observer", () -> followUps.toVerify(review2025.id())))
                .isInstanceOf(NotAllowedException.class);
        assertThat(acting.as("admin", () -> followUps.countByStatus()).values()).allMatch(n -> n == 0);
    }

    @Test
    @Order(6)
    void the_longest_evidence_and_note_allowed_are_kept_whole_where_they_are_read() {
        VerificationItem fifth = acting.as("assessor4", () -> followUps.toVerify(review2025.id())).get(4);
        String evidence = "E".repeat(FollowUpService.MAX_TEXT);
        acting.run("assessor4", () -> followUps.recordVerdict(fifth.id(), new VerdictForm(Verdict.IMPLEMENTED, evidence),
                fifth.version()));
        FollowUpItem item = acting.as("coordinator", () -> followUps.itemsFrom(review2022.id())).stream()
                .filter(i -> i.id() == fifth.item().id()).findFirst().orElseThrow();
        String note = "N".repeat(FollowUpService.MAX_TEXT);

        FollowUpEdit edit = FollowUpEdit.of(item);
        edit.setNote(note);
        acting.run("coordinator", () -> followUps.updateFollowUp(item.id(), edit, item.version()));

        assertThat(acting.as("assessor4", () -> followUps.toVerify(review2025.id())).get(4).evidence()).isEqualTo(evidence);
        assertThat(acting.as("coordinator", () -> followUps.history(item.id()))).extracting(FollowUpHistoryEntry::note)
                .last().isEqualTo(note);
        assertThat(audit.eventsOf(review2022.id(), "follow-up.updated")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).hasSizeLessThan(1000))
                .satisfies(e -> assertThat(e.getAfter()).endsWith(note));
    }

    @Test
    @Order(7)
    void the_comparison_shows_each_institutions_score_change_from_2022_to_2025() throws IOException {
        if (reviews.byReferenceCode(REVIEW_2025).status() == ReviewStatus.ASSESSING) {
            scenario.submitAllAssessments(review2025, 4);
        }

        ReviewComparison comparison = acting.as("coordinator", () -> comparisons.compare(REVIEW_2025, REVIEW_2022));

        assertThat(comparison.earlier().referenceCode()).isEqualTo(REVIEW_2022);
        assertThat(comparison.later().referenceCode()).isEqualTo(REVIEW_2025);
        assertThat(comparison.institutions()).extracting(InstitutionComparison::acronym)
                .containsExactly("HMC-3", "INMOL", "NCP", "NILOP", "PIEAS", "PINSTECH");
        assertThat(comparison.criteria()).hasSize(5);
        assertThat(comparison.institutions()).allSatisfy(institution -> {
            assertThat(institution.scores()).allSatisfy(s -> assertThat(s.change()).contains(new BigDecimal("1.0")));
            assertThat(institution.overall().changeText()).isEqualTo("+1.0");
        });
        assertThat(comparison.recommendations()).hasSize(7)
                .extracting(r -> r.verdictText()).contains("Partly implemented", "Implemented", "To verify");
        assertThat(comparison.earlierAssessments()).isEqualTo(6);
        assertThat(comparison.laterAssessments()).isEqualTo(6);

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ComparisonService.writeCsv(comparison, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(1 + 6 * (5 + 1));
        assertThat(text).contains("NCP,National Centre for Physics,All criteria,REV-2022-PK-01,3.4,REV-2025-PK-01,4.4,1.0");
    }

    @Test
    @Order(8)
    void comparing_is_for_coordinators_and_approvers_who_may_see_both_reviews() {
        for (String other : List.of("assessor1", "observer", "admin")) {
            assertThatThrownBy(() -> acting.as(other, () -> comparisons.compare(REVIEW_2022, REVIEW_2025)))
                    .as(other).isInstanceOf(NotAllowedException.class);
        }
        assertThatThrownBy(() -> acting.as("approver", () -> comparisons.compare(REVIEW_2022, REVIEW_2025)))
                .as("the approver sees 2025 only once it awaits sign-off").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> acting.as("coordinator", () -> comparisons.compare(REVIEW_2022, REVIEW_2022)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @Order(9)
    void the_2025_report_shows_the_verdicts_and_the_score_changes_and_its_recommendations_become_follow_ups()
            throws IOException {
        scenario.consolidate(review2025);
        scenario.signOff(review2025, Decision.APPROVED, null);

        String text;
        try (PDDocument pdf = Loader.loadPDF(acting.as("coordinator", () -> reports.pdf(REVIEW_2025)).content())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }

        assertThat(text).contains("Follow-up of " + REVIEW_2022, "Partly implemented", "Two local firms",
                "To verify", "Scores compared with " + REVIEW_2022, "+1.0");
        assertThat(acting.as("coordinator", () -> followUps.itemsFrom(review2025.id()))).hasSize(7);
        assertThat(acting.as("coordinator", () -> followUps.countByStatus()))
                .containsEntry(FollowUpStatus.IMPLEMENTED, 2L).containsEntry(FollowUpStatus.IN_PROGRESS, 1L)
                .containsEntry(FollowUpStatus.NOT_STARTED, 11L);
    }
}
