package org.reviewworkspace.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.workflow.ProcessPath;
import org.reviewworkspace.workspace.ui.ProcessDiagram;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The process path behind the review page's diagram: the BPMN the review runs, how often each
 * step completed and where the review waits now, for the published 2022 review, the 2025 review
 * at "Plan visit" and a review sent back for changes; and only for those who may see the review.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WhereTheReviewStandsTest {

    static final String REVIEW_2022 = "REV-2022-PK-01";
    static final String REVIEW_2025 = "REV-2025-PK-01";

    @Autowired ReviewService reviews;
    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;

    @Test
    void the_published_2022_review_passed_every_step_once_and_each_of_its_six_assessments() {
        ProcessPath path = pathAs("coordinator", REVIEW_2022);

        assertThat(path.bpmnXml()).contains("<bpmn:process id=\"reviewCycle\"", "<bpmndi:BPMNDiagram");
        assertThat(path.timesPassed()).containsEntry("ReviewRequested", 1).containsEntry("PlanVisit", 1)
                .containsEntry("AssessInstitution", 6).containsEntry("AssessInstitutionStage", 6)
                .containsEntry("ConsolidateFindings", 1).containsEntry("SignOffFindings", 1)
                .containsEntry("PublishReport", 1).containsEntry("ReviewPublished", 1)
                .doesNotContainKeys("ReviewRejected", "ReviewCancelled", "AssessInstitutionStage#multiInstanceBody");
        assertThat(path.timesPassed().keySet()).as("in the order the review passed them")
                .containsSubsequence("PlanVisit", "AssessInstitution", "ConsolidateFindings", "SignOffFindings",
                        "PublishReport", "ReviewPublished");
        assertThat(path.current()).as("its process has ended").isEmpty();
        assertThat(path.endedAt()).contains("ReviewPublished");
        assertThat(path.tasksPassed()).containsExactly("PlanVisit", "AssessInstitution", "ConsolidateFindings",
                "SignOffFindings", "PublishReport");
        assertThat(path.name("SignOffFindings")).isEqualTo("Sign off findings");
        assertThat(path.isPerItem("AssessInstitution")).isTrue();
        assertThat(path.isPerItem("AssessInstitutionStage")).isTrue();
        assertThat(path.isPerItem("SignOffFindings")).isFalse();
        assertThat(ariaLabel(path)).isEqualTo("Process: ended at Review published; passed Plan visit, "
                + "Assess institution (6 times), Consolidate findings, Sign off findings, Publish report.");
    }

    @Test
    void the_2025_review_waits_at_plan_visit_with_nothing_passed_but_its_start() {
        ProcessPath path = pathAs("lead", REVIEW_2025);

        assertThat(path.current()).containsExactly("PlanVisit");
        assertThat(path.timesPassed()).containsOnlyKeys("ReviewRequested");
        assertThat(path.timesPassed("PlanVisit")).isZero();
        assertThat(path.ended()).isFalse();
        assertThat(path.endedAt()).isEmpty();
        assertThat(ariaLabel(path)).isEqualTo("Process: at Plan visit; nothing passed yet.");
    }

    @Test
    @DirtiesContext
    void after_the_approver_asks_for_changes_the_findings_wait_for_their_second_round_of_sign_off() {
        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 3);
        scenario.consolidate(review);
        scenario.signOff(review, Decision.CHANGES_REQUESTED, "Give every recommendation for NCP an owner at CERN too.");
        scenario.consolidate(review);

        ProcessPath path = pathAs("approver", REVIEW_2025);

        assertThat(path.current()).containsExactly("SignOffFindings");
        assertThat(path.timesPassed()).containsEntry("SignOffFindings", 1).containsEntry("ConsolidateFindings", 2)
                .containsEntry("FindingsToConsolidate", 2).containsEntry("AssessInstitution", 6)
                .doesNotContainKey("PublishReport");
        assertThat(ariaLabel(path)).isEqualTo("Process: at Sign off findings, round 2; passed Plan visit, "
                + "Assess institution (6 times), Consolidate findings (2 times), Sign off findings.");
    }

    @Test
    void an_observer_is_refused_the_path_of_a_review_in_progress() {
        long reviewId = reviews.byReferenceCode(REVIEW_2025).id();

        assertThatThrownBy(() -> acting.run("observer", () -> reviews.processPath(reviewId)))
                .isInstanceOf(NotAllowedException.class).hasMessageContaining(REVIEW_2025);
    }

    /** What a screen reader says of the review page's diagram. */
    private static String ariaLabel(ProcessPath path) {
        return new ProcessDiagram(path).getElement().getAttribute("aria-label");
    }

    private ProcessPath pathAs(String username, String referenceCode) {
        long reviewId = reviews.byReferenceCode(referenceCode).id();
        return acting.as(username, () -> reviews.processPath(reviewId));
    }
}
