package org.reviewworkspace.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator consolidates the six assessments of the 2025 review: duplicates merged with
 * their provenance, recommendations given an owner and a target date, every change a revision.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ConsolidatingFindingsTest {

    @Autowired ReferenceScenario scenario;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired FindingService findings;
    @Autowired InboxService inbox;
    @Autowired AuditService audit;

    private ReviewSummary review;
    private String taskId;

    @BeforeEach
    void the_six_assessments_of_2025_are_submitted() {
        review = reviews.byReferenceCode("REV-2025-PK-01");
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 3);
        taskId = acting.as("coordinator", () -> inbox.page(0, 50).stream()
                .filter(t -> t.route().contains("/ConsolidateFindings/")).findFirst().orElseThrow().taskId());
    }

    @Test
    void the_form_groups_the_assessors_findings_by_institution_and_type() {
        List<FindingEdit> edits = open().findings();

        assertThat(edits).hasSize(12);
        assertThat(edits).extracting(FindingEdit::getRaisedBy).allSatisfy(names -> assertThat(names).hasSize(1));
        for (int i = 1; i < edits.size(); i++) {
            FindingEdit before = edits.get(i - 1);
            FindingEdit after = edits.get(i);
            if (before.getInstitutionId().equals(after.getInstitutionId())) {
                assertThat(before.getType().ordinal()).isLessThanOrEqualTo(after.getType().ordinal());
            }
        }
    }

    @Test
    void merging_a_duplicate_names_both_assessors_on_the_surviving_finding_and_takes_the_duplicate_out_of_the_set() {
        List<FindingEdit> edits = new ArrayList<>(open().findings());
        List<FindingEdit> recommendations = edits.stream().filter(e -> e.getType() == FindingType.RECOMMENDATION)
                .toList();
        FindingEdit survivor = recommendations.get(0);
        FindingEdit duplicate = recommendations.get(1);
        duplicate.setMergeIntoId(survivor.getId());

        acting.run("coordinator", () -> findings.saveConsolidation(taskId, edits));

        FindingView merged = setOf().stream().filter(f -> f.id().equals(survivor.getId())).findFirst().orElseThrow();
        assertThat(merged.raisedBy()).containsExactlyInAnyOrderElementsOf(
                List.of(survivor.getRaisedBy().get(0), duplicate.getRaisedBy().get(0)));
        assertThat(setOf()).extracting(FindingView::id).doesNotContain(duplicate.getId()).hasSize(11);
        assertThat(acting.as("coordinator", () -> findings.revisions(duplicate.getId())))
                .last().extracting(FindingRevisionView::state).isEqualTo("Merged into #" + survivor.getId());
        assertThat(audit.eventsOf(review.id(), "findings.edited")).last().extracting(e -> e.getSummary()).asString()
                .contains("merged #" + duplicate.getId() + " into #" + survivor.getId());
    }

    @Test
    void a_finding_cannot_be_merged_into_itself_or_into_a_withdrawn_finding() {
        List<FindingEdit> edits = new ArrayList<>(open().findings());
        edits.get(0).setMergeIntoId(edits.get(0).getId());
        edits.get(1).setWithdrawn(true);
        edits.get(2).setMergeIntoId(edits.get(1).getId());

        assertThatThrownBy(() -> acting.run("coordinator", () -> findings.saveConsolidation(taskId, edits)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("finding.0", "A finding cannot be merged into itself")
                        .containsEntry("finding.2", "Merge into a finding that stays in the set"));
        assertThat(setOf()).hasSize(12);
    }

    @Test
    void every_edit_is_a_revision_and_the_diff_shows_the_words_and_fields_that_changed() {
        List<FindingEdit> edits = new ArrayList<>(open().findings());
        FindingEdit edit = edits.get(0);
        String original = edit.getStatement();
        edit.setStatement(original + " This includes PhD students.");
        edit.setPriority(Priority.HIGH);
        acting.run("coordinator", () -> findings.saveConsolidation(taskId, edits));

        List<FindingRevisionView> history = acting.as("coordinator", () -> findings.revisions(edit.getId()));
        FindingDiff diff = acting.as("coordinator", () -> findings.diff(edit.getId(), 1, 2));

        assertThat(history).extracting(FindingRevisionView::revision).containsExactly(1, 2);
        assertThat(history.get(1).editorName()).isEqualTo("Review coordinator");
        assertThat(diff.fields()).containsExactly("Priority: Medium \u2192 High");
        assertThat(diff.statement()).filteredOn(p -> p.kind() == TextDiff.Kind.ADDED).extracting(TextDiff.Piece::text)
                .containsExactly(" This includes PhD students.");
        assertThat(diff.statement()).noneMatch(p -> p.kind() == TextDiff.Kind.REMOVED);
    }

    @Test
    void saving_over_a_revision_someone_else_made_meanwhile_is_refused_and_names_them() {
        List<FindingEdit> mine = new ArrayList<>(open().findings());
        List<FindingEdit> theirs = new ArrayList<>(open().findings());
        theirs.get(0).setStatement("Revised by the lead first.");
        acting.run("lead", () -> findings.saveConsolidation(taskId, theirs));

        mine.get(0).setStatement("Revised by the coordinator second.");

        assertThatThrownBy(() -> acting.run("coordinator", () -> findings.saveConsolidation(taskId, mine)))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("Delegation lead");
        assertThat(setOf().stream().filter(f -> f.id().equals(mine.get(0).getId())).findFirst().orElseThrow()
                .statement()).isEqualTo("Revised by the lead first.");
    }

    @Test
    void recommendations_need_an_owner_and_a_future_target_date_before_the_set_goes_to_the_approver() {
        List<FindingEdit> edits = new ArrayList<>(open().findings());
        int recommendation = indexOfFirst(edits, FindingType.RECOMMENDATION);
        edits.get(recommendation).setTargetDate(LocalDate.now(Times.zone()).minusDays(1));

        assertThatThrownBy(() -> acting.run("coordinator", () -> findings.completeConsolidation(taskId, edits)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("owner." + recommendation, "Say who owns this recommendation")
                        .containsEntry("targetDate." + recommendation, "The target date is in the past"));
        assertThat(edits.get(recommendation).getTargetDate()).as("what the user typed is kept")
                .isEqualTo(LocalDate.now(Times.zone()).minusDays(1));
        assertThat(reviews.byReferenceCode("REV-2025-PK-01").status().name()).isEqualTo("CONSOLIDATING");
    }

    @Test
    void a_cross_cutting_recommendation_with_owner_and_target_date_belongs_to_no_institution() {
        scenario.consolidate(review);

        FindingView crossCutting = setOf().stream().filter(FindingView::crossCutting).findFirst().orElseThrow();

        assertThat(crossCutting.institution()).isEqualTo("Cross-cutting");
        assertThat(crossCutting.owner()).isNotBlank();
        assertThat(crossCutting.targetDate()).isAfter(LocalDate.now(Times.zone()));
        assertThat(setOf().get(setOf().size() - 1)).as("cross-cutting findings come last").isEqualTo(crossCutting);
    }

    private ConsolidationDraft open() {
        return acting.as("coordinator", () -> findings.openConsolidation(taskId));
    }

    private List<FindingView> setOf() {
        return findings.findingsSet(review.id());
    }

    private static int indexOfFirst(List<FindingEdit> edits, FindingType type) {
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).getType() == type) {
                return i;
            }
        }
        throw new IllegalStateException("no " + type);
    }
}
