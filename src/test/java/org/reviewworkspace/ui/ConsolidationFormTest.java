package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.finding.ui.ConsolidateFindingsView;
import org.reviewworkspace.finding.ui.RevisionsDialog;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** "Consolidate findings" of the 2025 review, as the coordinator works through it. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ConsolidationFormTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;
    @Autowired FindingService findings;

    private InboxItem consolidation;

    @BeforeEach
    void the_2025_assessments_are_in() {
        ReviewSummary review = review(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review, 3);
        consolidation = taskOf("coordinator", REVIEW_2025, "ConsolidateFindings");
        signInAs("coordinator");
        navigateTo(consolidation.route());
    }

    @Test
    void merging_a_duplicate_and_saving_names_both_assessors_on_the_finding_that_stays() {
        assertThat(currentView()).isEqualTo(ConsolidateFindingsView.class);
        @SuppressWarnings("unchecked")
        Select<FindingEdit> merge = _get(Select.class, spec -> spec.withId("consolidation-merge-1"));
        FindingEdit target = merge.getListDataView().getItems()
                .filter(e -> e.getId() != null && !e.getRaisedBy().contains("Task-force member 1")).findFirst()
                .orElseThrow();

        merge.setValue(target);
        _click(_get(Button.class, spec -> spec.withId("consolidation-save")));

        expectNotifications("Findings saved");
        FindingView survivor = findings.findingsSet(review(REVIEW_2025).id()).stream()
                .filter(f -> f.id().equals(target.getId())).findFirst().orElseThrow();
        assertThat(survivor.raisedBy()).hasSize(2);
        assertThat(_find(Span.class, spec -> spec.withText("Merged into #" + target.getId()
                + "; its assessors are named there."))).hasSize(1);
        assertThat(findings.findingsSet(review(REVIEW_2025).id())).hasSize(11);
    }

    @Test
    void sending_a_recommendation_without_owner_shows_the_error_beside_its_owner_field_and_keeps_the_text() {
        TextArea statement = _get(TextArea.class, spec -> spec.withId("consolidation-statement-1"));
        _setValue(statement, statement.getValue() + " Edited before sending.");
        String typed = statement.getValue();

        _click(_get(Button.class, spec -> spec.withId("consolidation-complete")));

        expectNotifications("Please correct the marked fields.");
        List<TextField> owners = _find(TextField.class, spec -> spec.withId("consolidation-owner-1"));
        assertThat(owners).singleElement().satisfies(owner -> _expectInvalid(owner,
                "Say who owns this recommendation"));
        assertThat(_get(TextArea.class, spec -> spec.withId("consolidation-statement-1")).getValue()).isEqualTo(typed);
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.CONSOLIDATING);
    }

    @Test
    void after_an_edit_the_history_shows_what_changed_word_by_word() {
        TextArea statement = _get(TextArea.class, spec -> spec.withId("consolidation-statement-0"));
        _setValue(statement, statement.getValue() + " Especially engineers.");
        _click(_get(Button.class, spec -> spec.withId("consolidation-save")));

        _click(_get(Button.class, spec -> spec.withId("consolidation-history-0")));

        RevisionsDialog dialog = _get(RevisionsDialog.class);
        assertThat(dialog.getHeaderTitle()).endsWith("2 revisions");
        assertThat(_find(dialog, Span.class, spec -> spec.withClasses("diff-added"))).extracting(Span::getText)
                .containsExactly(" Especially engineers.");
    }
}
