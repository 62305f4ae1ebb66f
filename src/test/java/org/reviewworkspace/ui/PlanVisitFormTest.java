package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.visit.ui.PlanVisitView;
import org.reviewworkspace.visit.ui.ReplanVisitView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** The coordinator's "Plan visit" form of the 2025 review, drafted by the demo data. */
class PlanVisitFormTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;

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

    @Test
    void an_assessor_planned_at_two_institutions_at_once_is_marked_while_planning_until_times_separate_them() {
        InboxItem planVisit = taskOf("coordinator", REVIEW_2025, "PlanVisit");
        signInAs("coordinator");
        navigateTo(planVisit.route());
        String ncp = institutionId("NCP");
        String pieas = institutionId("PIEAS");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserSummary> pieasAssessors = _get(MultiSelectComboBox.class,
                spec -> spec.withId("plan-assessors-" + pieas));

        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-date-" + pieas)), LocalDate.of(2025, 8, 24));
        _setValue(pieasAssessors, withLead(pieasAssessors));

        _expectInvalid(pieasAssessors, "Delegation lead is already at NCP — National Centre for Physics at that time");

        _setValue(_get(TimePicker.class, spec -> spec.withId("plan-time-from-" + ncp)), LocalTime.of(9, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("plan-time-to-" + ncp)), LocalTime.of(10, 30));
        _setValue(_get(TimePicker.class, spec -> spec.withId("plan-time-from-" + pieas)), LocalTime.of(11, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("plan-time-to-" + pieas)), LocalTime.of(12, 30));

        assertThat(pieasAssessors.isInvalid()).as("the times no longer overlap").isFalse();
        assertThat(_get(TextField.class, spec -> spec.withId("plan-host-contact-" + ncp)).getValue())
                .isEqualTo("Office of the director, NCP");
    }

    @Test
    void a_meeting_added_outside_the_window_is_marked_beside_its_day() {
        InboxItem planVisit = taskOf("coordinator", REVIEW_2025, "PlanVisit");
        signInAs("coordinator");
        navigateTo(planVisit.route());
        assertThat(_get(TextField.class, spec -> spec.withId("plan-meeting-title-0")).getValue())
                .isEqualTo("Meeting with the chairman of PAEC");

        _click(_get(Button.class, spec -> spec.withId("plan-add-meeting")));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-meeting-title-1")), "Visit to PAEC headquarters");
        DatePicker day = _get(DatePicker.class, spec -> spec.withId("plan-meeting-date-1"));
        _setValue(day, LocalDate.of(2025, 8, 30));

        _expectInvalid(day, "This date is outside the visit window");
    }

    @Test
    void a_review_still_in_planning_is_not_changed_outside_its_task() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025 + "/plan");

        assertThat(currentView()).isEqualTo(ReplanVisitView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("replan-unavailable")).getText())
                .contains("still being planned");
    }

    @Test
    @DirtiesContext
    void the_coordinator_adds_an_assessor_while_the_assessments_run_and_they_get_the_task() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025 + "/plan");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<UserSummary> pieasAssessors = _get(MultiSelectComboBox.class,
                spec -> spec.withId("plan-assessors-" + institutionId("PIEAS")));

        _setValue(pieasAssessors, withLead(pieasAssessors));
        _click(_get(Button.class, spec -> spec.withId("replan-save")));

        assertThat(currentView()).isEqualTo(ReplanVisitView.class);
        assertThat(acting.as("lead", () -> inbox.page(0, 50)).stream()
                .filter(t -> t.reviewCode().equals(REVIEW_2025) && t.route().contains("/AssessInstitution/")))
                .extracting(InboxItem::institution).containsExactlyInAnyOrder("NCP", "NILOP", "PIEAS");
    }

    private static String institutionId(String acronym) {
        return _get(Checkbox.class, spec -> spec.withLabel(acronym + " — " + switch (acronym) {
            case "NCP" -> "National Centre for Physics";
            case "PIEAS" -> "Pakistan Institute of Engineering and Applied Sciences";
            default -> throw new IllegalArgumentException(acronym);
        })).getId().orElseThrow().substring("plan-institution-".length());
    }

    private static Set<UserSummary> withLead(MultiSelectComboBox<UserSummary> assessors) {
        Set<UserSummary> chosen = assessors.getValue().stream().collect(Collectors.toSet());
        assessors.getListDataView().getItems().filter(u -> u.username().equals("lead")).forEach(chosen::add);
        return chosen;
    }
}
