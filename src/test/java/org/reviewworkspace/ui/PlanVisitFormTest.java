package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.visit.ui.PlanVisitView;

/** The coordinator's "Plan visit" form of the 2025 review, drafted by the demo data. */
class PlanVisitFormTest extends KaribuTestSupport {

    @Test
    void the_plan_form_rejects_a_visit_that_ends_before_it_starts_and_keeps_what_was_typed() {
        InboxItem planVisit = taskOf("coordinator", REVIEW_2025, "PlanVisit");
        signInAs("coordinator");
        navigateTo(planVisit.route());
        DatePicker firstDay = _get(DatePicker.class, spec -> spec.withId("plan-start"));
        DatePicker lastDay = _get(DatePicker.class, spec -> spec.withId("plan-end"));

        _setValue(firstDay, LocalDate.of(2025, 8, 28));
        _setValue(lastDay, LocalDate.of(2025, 8, 24));
        _click(_get(Button.class, spec -> spec.withId("plan-visit-complete")));

        _expectInvalid(lastDay, "The visit cannot end before it starts");
        assertThat(firstDay.getValue()).isEqualTo(LocalDate.of(2025, 8, 28));
        assertThat(lastDay.getValue()).isEqualTo(LocalDate.of(2025, 8, 24));
        assertThat(currentView()).isEqualTo(PlanVisitView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo(planVisit.route());
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.PLANNING);
        assertThat(taskOf("coordinator", REVIEW_2025, "PlanVisit").taskId()).isEqualTo(planVisit.taskId());
    }

    @Test
    void saving_a_draft_that_ends_before_it_starts_saves_nothing_and_keeps_what_was_typed() {
        InboxItem planVisit = taskOf("coordinator", REVIEW_2025, "PlanVisit");
        signInAs("coordinator");
        navigateTo(planVisit.route());
        DatePicker lastDay = _get(DatePicker.class, spec -> spec.withId("plan-end"));

        _setValue(lastDay, LocalDate.of(2025, 8, 20));
        _click(_get(Button.class, spec -> spec.withId("plan-save-draft")));

        _expectInvalid(lastDay, "The visit cannot end before it starts");
        assertThat(lastDay.getValue()).isEqualTo(LocalDate.of(2025, 8, 20));
        navigateTo(planVisit.route());
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-end")).getValue())
                .as("the stored plan still ends on the last day of the visit")
                .isEqualTo(LocalDate.of(2025, 8, 28));
    }
}
