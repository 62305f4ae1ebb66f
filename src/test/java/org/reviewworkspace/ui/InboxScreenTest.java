package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.AssessmentFixtures;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.NamedFilter;
import org.reviewworkspace.demo.ReferenceScenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** The inbox screen as its users see it: filters, search, saved filters and a claim that came too late. */
class InboxScreenTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;
    @Autowired AssessmentService assessments;

    @Test
    @DirtiesContext
    void the_coordinator_narrows_every_task_of_their_reviews_to_one_institution_and_saves_the_filter() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        signInAs("coordinator");
        assertThat(_get(Grid.class, spec -> spec.withId("inbox-grid")).getEmptyStateText())
                .isEqualTo("Nothing to do right now.");
        assertThat(taskNames()).isEmpty();
        _assertNone(Span.class, spec -> spec.withId("inbox-count-badge"));

        _setValue(show(), InboxFilter.Show.MY_REVIEWS);
        assertThat(taskNames()).hasSize(6);
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("6 tasks");
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), "PIEAS");
        assertThat(column(2)).containsExactly("PIEAS");

        _click(_get(Button.class, spec -> spec.withId("inbox-save-filter")));
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-filter-name")), "PIEAS in my reviews");
        _click(_get(Button.class, spec -> spec.withId("inbox-filter-save")));

        ComboBox<NamedFilter> saved = _get(ComboBox.class, spec -> spec.withId("inbox-saved"));
        assertThat(saved.getValue().name()).isEqualTo("PIEAS in my reviews");
        expectNotifications("Saved the filter \u201cPIEAS in my reviews\u201d");
    }

    @Test
    void a_filter_saved_without_a_name_shows_the_error_beside_the_name_and_keeps_the_dialog_open() {
        signInAs("lead");

        _click(_get(Button.class, spec -> spec.withId("inbox-save-filter")));
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-filter-name")), "   ");
        _click(_get(Button.class, spec -> spec.withId("inbox-filter-save")));

        TextField name = _get(TextField.class, spec -> spec.withId("inbox-filter-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the filter a name");
        assertThat(show().getListDataView().getItems()).doesNotContain(InboxFilter.Show.MY_REVIEWS);
    }

    @Test
    @DirtiesContext
    @SuppressWarnings("unchecked")
    void claiming_a_consolidation_the_lead_took_a_moment_ago_says_so_and_shows_the_lead_as_its_holder() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review(REVIEW_2025), 3);
        signInAs("coordinator");
        InboxItem consolidation = taskOf("coordinator", REVIEW_2025, "ConsolidateFindings");
        assertThat(column(5)).containsExactly("Unclaimed");
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count-badge")).getText()).isEqualTo("1");

        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        Button claim = _get(_getCellComponent(grid, 0, "actions"), Button.class,
                spec -> spec.withId("claim-" + consolidation.taskId()));

        acting.run("lead", () -> inbox.claim(consolidation.taskId()));
        _click(claim);

        expectNotifications("Someone else has claimed this task meanwhile.");
        assertThat(taskNames()).isEmpty();
        _setValue(show(), InboxFilter.Show.MY_REVIEWS);
        assertThat(column(5)).containsExactly("Delegation lead");
    }

    @Test
    @DirtiesContext
    void an_assessment_submitted_in_another_session_leaves_the_coordinators_inbox_without_a_reload() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        signInAs("coordinator");
        _setValue(show(), InboxFilter.Show.MY_REVIEWS);
        assertThat(column(2)).hasSize(6).contains("NCP", "NILOP");

        InboxItem submitted = AssessmentFixtures.submitFirstAssessment(acting, inbox, assessments, "lead", REVIEW_2025);

        eventually(() -> column(2).size() == 5);
        assertThat(column(2)).doesNotContain(submitted.institution());
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("5 tasks");
    }

    @SuppressWarnings("unchecked")
    private static Select<InboxFilter.Show> show() {
        return _get(Select.class, spec -> spec.withId("inbox-show"));
    }

    private static List<String> taskNames() {
        return column(0);
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(int index) {
        Grid<InboxItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).get(index)).toList();
    }
}
