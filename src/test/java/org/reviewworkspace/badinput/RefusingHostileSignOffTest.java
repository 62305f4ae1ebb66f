package org.reviewworkspace.badinput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffDraft;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-off refuses a hostile rationale or request beside its field, requests on findings
 * outside the set as not allowed, and records no decision for any of them. On the 2025 review
 * consolidated and waiting for the approver.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusingHostileSignOffTest {

    static final String REVIEW_2025 = "REV-2025-PK-01";
    static final String APPROVER = "approver";
    private static boolean consolidated;

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewService reviews;
    @Autowired SignOffService signOffs;
    @Autowired FindingService findings;
    @Autowired InboxService inbox;

    ReviewSummary review;
    Refusals refusals;
    String taskId;
    String seenHash;
    long aFindingOfTheSet;

    @BeforeEach
    void the_approver_has_the_consolidated_2025_findings_open() {
        review = reviews.byReferenceCode(REVIEW_2025);
        refusals = new Refusals(acting, jdbc);
        if (!consolidated) {
            scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
            scenario.submitAllAssessments(review, 3);
            scenario.consolidate(review);
            consolidated = true;
        }
        taskId = acting.as(APPROVER, () -> inbox.page(0, 50).stream()
                .filter(t -> t.reviewCode().equals(REVIEW_2025)
                        && t.route().contains("/" + ReviewProcess.SIGN_OFF_FINDINGS + "/"))
                .findFirst().orElseThrow().taskId());
        SignOffDraft draft = acting.as(APPROVER, () -> signOffs.openSignOff(taskId));
        seenHash = draft.findingsHash();
        aFindingOfTheSet = draft.findings().get(0).id();
    }

    // --- refused: a message beside the field, nothing stored ---

    @ParameterizedTest(name = "{0}")
    @MethodSource({"org.reviewworkspace.badinput.HostileInput#refused",
            "org.reviewworkspace.badinput.HostileInput#blankLooking"})
    void the_rationale_of_a_rejection_is_refused(String what, String text) {
        refusals.invalid(APPROVER, () -> signOffs.decide(taskId, Decision.REJECTED, text, Map.of(), seenHash),
                "rationale", HostileInput.messageFor(text, "Say why the findings are rejected",
                        "At most " + SignOffService.MAX_TEXT + " characters", TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#unreadable")
    void the_rationale_of_an_approval_is_refused_too(String what, String text) {
        refusals.invalid(APPROVER, () -> signOffs.decide(taskId, Decision.APPROVED, text, Map.of(), seenHash),
                "rationale", HostileInput.messageFor(text, null,
                        "At most " + SignOffService.MAX_TEXT + " characters", TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#unreadable")
    void a_request_on_a_finding_is_refused_beside_that_finding(String what, String text) {
        long findingId = aFindingOfTheSet;

        refusals.invalid(APPROVER, () -> signOffs.decide(taskId, Decision.CHANGES_REQUESTED, "See the findings.",
                        Map.of(findingId, text), seenHash), "request." + findingId,
                HostileInput.messageFor(text, null, "At most " + SignOffService.MAX_TEXT + " characters",
                        TextInput.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reviewworkspace.badinput.HostileInput#blankLooking")
    void invisible_requests_are_no_requests(String what, String text) {
        long findingId = aFindingOfTheSet;

        refusals.invalid(APPROVER, () -> signOffs.decide(taskId, Decision.CHANGES_REQUESTED, null,
                        Map.of(findingId, text), seenHash), "rationale",
                "Say which changes you request, here or on the findings concerned");
    }

    // --- ids of other things: not allowed or not found, nothing stored ---

    @Test
    void a_request_on_a_finding_of_another_review_or_of_none_is_not_allowed() {
        long ofThe2022Review = jdbc.queryForObject("select min(f.id) from finding f join review r on r.id = "
                + "f.review_id where r.reference_code = 'REV-2022-PK-01'", Long.class);
        for (long findingId : new long[] {ofThe2022Review, -1, 0, Long.MAX_VALUE}) {
            refusals.refused(APPROVER, () -> signOffs.decide(taskId, Decision.CHANGES_REQUESTED, "Please revise.",
                            Map.of(findingId, "Reword this finding."), seenHash), NotAllowedException.class,
                    "A request in the form is not about a finding of this set.");
        }
    }

    @Test
    void the_sign_off_task_is_not_a_consolidation_and_a_missing_task_is_not_found() {
        List<FindingEdit> none = new ArrayList<>();
        refusals.refused("coordinator", () -> findings.saveConsolidation(taskId, none), NotAllowedException.class,
                "This task is not a \"consolidate findings\" task.");
        refusals.refused(APPROVER, () -> signOffs.decide("no-such-task", Decision.APPROVED, null, Map.of(), seenHash),
                NotFoundException.class, "This task is no longer open: it has been completed or withdrawn.");
    }
}
