package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.ui.EChart;
import org.reviewworkspace.comparison.ui.CompareReviewsView;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.followup.FollowUpFilter;
import org.reviewworkspace.followup.FollowUpItem;
import org.reviewworkspace.followup.FollowUpService;
import org.reviewworkspace.followup.FollowUpStatus;
import org.reviewworkspace.followup.Verdict;
import org.reviewworkspace.followup.VerificationItem;
import org.reviewworkspace.followup.ui.FollowUpsView;
import org.reviewworkspace.review.ReviewStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The 2022 recommendations as people meet them on screen: "to verify" in the 2025 review's
 * Follow-ups tab, where a delegation member records a verdict with evidence; the comparison of
 * 2022 and 2025; the list of follow-up items, which coordinators update between reviews.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FollowUpScreensTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;
    @Autowired FollowUpService followUps;

    private void visitUnderWay() {
        if (review(REVIEW_2025).status() == ReviewStatus.PLANNING) {
            scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        }
    }

    @Test
    void the_2022_recommendations_appear_in_the_2025_review_for_verification() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);
        openTab("Follow-ups");

        // other tests of this class may have recorded verdicts already
        long verified = acting.as("coordinator", () -> followUps.toVerify(review(REVIEW_2025).id())).stream()
                .filter(VerificationItem::verified).count();
        List<Div> cards = _find(Div.class, spec -> spec.withClasses("finding-row"));
        assertThat(cards).hasSize(7);
        assertThat(_find(Span.class, spec -> spec.withText("To verify"))).hasSize(7 - (int) verified);
        assertThat(_get(Span.class, spec -> spec.withId("follow-ups-progress")).getText())
                .isEqualTo(verified + " of 7 verified");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Establish a national coordination office for CERN engagement across the institutes.");
        _assertNone(Button.class, spec -> spec.withText("Record verdict"));
        assertThat(_get(Anchor.class, spec -> spec.withId("review-compare")).getHref())
                .isEqualTo(CompareReviewsView.route(REVIEW_2022, REVIEW_2025));
    }

    @Test
    void an_assessor_records_a_verdict_with_evidence_and_sees_it_on_the_card() {
        visitUnderWay();
        signInAs("assessor2");
        navigateTo("reviews/" + REVIEW_2025);
        openTab("Follow-ups");
        VerificationItem first = acting.as("assessor2", () -> followUps.toVerify(review(REVIEW_2025).id())).get(0);

        _click(_get(Button.class, spec -> spec.withId("record-verdict-" + first.id())));
        _get(RadioButtonGroup.class, spec -> spec.withId("verdict")).setValue(Verdict.IMPLEMENTED);
        _get(TextArea.class, spec -> spec.withId("verdict-evidence"))
                .setValue("NCP showed the signed agreement with two local suppliers.");
        _click(_get(Button.class, spec -> spec.withId("verdict-save")));

        assertThat(_get(Span.class, spec -> spec.withId("verdict-of-" + first.id())).getText()).isEqualTo("Implemented");
        assertThat(_get(Paragraph.class, spec -> spec.withId("evidence-of-" + first.id())).getText())
                .isEqualTo("Evidence: NCP showed the signed agreement with two local suppliers.");
        assertThat(_get(Span.class, spec -> spec.withId("follow-ups-progress")).getText()).endsWith("verified");
        _assertNone(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("verdict-dialog"));
    }

    @Test
    void a_verdict_without_evidence_is_marked_beside_the_field_and_keeps_the_choice() {
        visitUnderWay();
        signInAs("assessor3");
        navigateTo("reviews/" + REVIEW_2025);
        openTab("Follow-ups");
        VerificationItem last = acting.as("assessor3", () -> followUps.toVerify(review(REVIEW_2025).id())).get(6);

        _click(_get(Button.class, spec -> spec.withId("record-verdict-" + last.id())));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> typed = _get(RadioButtonGroup.class, spec -> spec.withId("verdict"));
        typed.setValue(Verdict.NOT_IMPLEMENTED);
        TextArea evidence = _get(TextArea.class, spec -> spec.withId("verdict-evidence"));
        evidence.setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("verdict-save")));

        assertThat(evidence.isInvalid()).isTrue();
        assertThat(evidence.getErrorMessage()).isEqualTo("Say what you saw, read or were told that supports the verdict");
        assertThat(typed.getValue()).isEqualTo(Verdict.NOT_IMPLEMENTED);
        assertThat(_get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("verdict-dialog")).isOpened())
                .isTrue();
        assertThat(acting.as("assessor3", () -> followUps.toVerify(review(REVIEW_2025).id())).get(6).verified())
                .isFalse();
    }

    @Test
    void the_comparison_shows_every_institution_of_2022_with_its_scores_and_every_recommendation() {
        signInAs("coordinator");
        navigateTo(CompareReviewsView.route(REVIEW_2022, REVIEW_2025));

        assertThat(currentView()).isEqualTo(CompareReviewsView.class);
        Grid<?> scores = _get(Grid.class, spec -> spec.withId("compare-scores"));
        assertThat(_size(scores)).isEqualTo(6);
        assertThat(_getFormattedRow(scores, 0)).startsWith("HMC-3");
        assertThat(_getFormattedRow(scores, 0).get(scores.getColumns().size() - 1)).isEqualTo("3.4 \u2192 \u2013 (\u2013)");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("compare-recommendations")))).isEqualTo(7);
        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-basis")).getText())
                .contains(REVIEW_2022 + " from 6 assessments");
        assertThat(_get(Anchor.class, spec -> spec.withId("compare-export-csv")).getText()).isEqualTo("Export CSV");
        EChart chart = _get(EChart.class, spec -> spec.withId("compare-chart"));
        assertThat(chart.getOption()).contains("\"HMC-3\"", "\"REV-2022-PK-01\"", "3.4");
        assertThat(chart.getAccessibleName()).startsWith("Mean score over all criteria, " + REVIEW_2022 + " then "
                + REVIEW_2025 + ": HMC-3 3.4 \u2192 \u2013 (\u2013)");

        @SuppressWarnings("unchecked")
        Select<String> criterion = _get(Select.class, spec -> spec.withId("compare-criterion"));
        criterion.setValue("Training and capacity building");
        assertThat(chart.getAccessibleName()).startsWith("Mean score for Training and capacity building")
                .contains("HMC-3 4.0 \u2192");
    }

    @Test
    void the_home_dashboard_counts_follow_ups_by_status_and_a_bar_opens_the_list_narrowed_to_it() {
        signInAs("coordinator");
        navigateTo("home");

        EChart chart = _get(EChart.class, spec -> spec.withId("home-follow-ups-chart"));
        assertThat(chart.getAccessibleName()).startsWith("Follow-ups by status: not started ");
        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, true, "Follow-ups", "In progress", 1));

        assertThat(currentView()).isEqualTo(FollowUpsView.class);
        assertThat(_get(Select.class, spec -> spec.withId("follow-ups-status")).getValue())
                .isEqualTo(FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void an_approver_cannot_compare_before_the_later_review_reaches_sign_off() {
        signInAs("approver");
        navigateTo(CompareReviewsView.route(REVIEW_2022, REVIEW_2025));

        assertThat(_get(Paragraph.class, spec -> spec.withId("compare-unavailable")).getText())
                .contains("You do not have access to review " + REVIEW_2025);
        _assertNone(Grid.class, spec -> spec.withId("compare-scores"));
    }

    @Test
    void the_follow_up_list_opens_filtered_by_status_and_a_coordinator_updates_an_item_with_a_reason() {
        signInAs("coordinator");
        navigateTo("follow-ups?status=NOT_STARTED");
        assertThat(currentView()).isEqualTo(FollowUpsView.class);
        @SuppressWarnings("unchecked")
        Grid<FollowUpItem> grid = _get(Grid.class, spec -> spec.withId("follow-ups-grid"));
        assertThat(_get(Select.class, spec -> spec.withId("follow-ups-status")).getValue())
                .isEqualTo(FollowUpStatus.NOT_STARTED);
        int notStarted = _size(grid);
        assertThat(notStarted).isGreaterThan(0);
        FollowUpItem item = GridKt._get(grid, 0);

        GridKt._clickItem(grid, 0);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("follow-up-history")).getChildren().count())
                .isGreaterThanOrEqualTo(1);
        _get(Select.class, spec -> spec.withId("follow-up-status")).setValue(FollowUpStatus.IN_PROGRESS);
        _get(TextArea.class, spec -> spec.withId("follow-up-note")).setValue("PAEC's progress report of March 2024.");
        _click(_get(Button.class, spec -> spec.withId("follow-up-save")));

        assertThat(_size(grid)).isEqualTo(notStarted - 1);
        assertThat(acting.as("coordinator", () -> followUps.history(item.id()))).last()
                .satisfies(h -> assertThat(h.note()).isEqualTo("PAEC's progress report of March 2024."))
                .satisfies(h -> assertThat(h.status()).isEqualTo(FollowUpStatus.IN_PROGRESS));
        assertThat(acting.as("coordinator", () -> followUps.list(new FollowUpFilter(null, FollowUpStatus.IN_PROGRESS),
                PageRequest.of(0, 10)))).extracting(FollowUpItem::id).contains(item.id());
    }

    @Test
    void an_observer_reads_the_follow_ups_of_their_partnership_but_cannot_update_them() {
        signInAs("observer");
        navigateTo("follow-ups");
        @SuppressWarnings("unchecked")
        Grid<FollowUpItem> grid = _get(Grid.class, spec -> spec.withId("follow-ups-grid"));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(7);

        GridKt._clickItem(grid, 0);
        _get(UnorderedList.class, spec -> spec.withId("follow-up-history"));
        _assertNone(Button.class, spec -> spec.withId("follow-up-save"));
    }
}
