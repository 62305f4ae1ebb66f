package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.timeline.StoryKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** The 2025 review as one record, seen by the people who work on it and refused to those who may not. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewWorkspaceTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;

    @Test
    void the_coordinator_is_told_to_plan_the_visit_and_the_link_opens_the_plan_form() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);

        Div next = _get(Div.class, spec -> spec.withId("review-next"));
        Anchor planVisit = _get(next, Anchor.class, spec -> spec.withText("Plan visit"));
        assertThat(planVisit.getHref()).isEqualTo(taskOf("coordinator", REVIEW_2025, "PlanVisit").route());
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Planning");
    }

    @Test
    @DirtiesContext
    void every_delegation_member_sees_the_itinerary_and_their_own_assessment_to_do() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        signInAs("assessor3");
        navigateTo("reviews/" + REVIEW_2025);

        Div next = _get(Div.class, spec -> spec.withId("review-next"));
        assertThat(_find(next, Anchor.class)).extracting(Anchor::getText)
                .singleElement().asString().startsWith("Assess institution — PINSTECH, due 11 Sep 2025");
        openTab("Itinerary");
        VerticalLayout itinerary = _get(VerticalLayout.class, spec -> spec.withId("review-itinerary"));
        assertThat(_get(itinerary, H3.class, spec -> spec.withText("24 Aug 2025")))
                .isNotNull();
        openTab("Assessments");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("review-assessments")))).isEqualTo(6);
    }

    @Test
    void an_observer_cannot_open_a_review_in_progress_even_with_its_reference_typed_in() {
        signInAs("observer");
        navigateTo("reviews/" + REVIEW_2025);

        assertThat(_get(Paragraph.class, spec -> spec.withId("review-unavailable")).getText())
                .contains("You do not have access to review " + REVIEW_2025);
        _assertNone(Span.class, spec -> spec.withId("review-status"));
    }

    @Test
    void an_approver_reads_the_published_2022_findings_and_the_decision_that_still_applies() {
        signInAs("approver");
        navigateTo("reviews/" + REVIEW_2022);

        openTab("Findings");
        Div findings = _get(Div.class, spec -> spec.withId("review-findings"));
        assertThat(_find(findings, Div.class, spec -> spec.withClasses("finding-row"))).hasSizeGreaterThan(6);
        assertThat(_find(findings, H3.class)).extracting(H3::getText).contains("NCP · Strength", "Cross-cutting · Recommendation");
        openTab("Sign-off");
        VerticalLayout decisions = _get(VerticalLayout.class, spec -> spec.withId("review-sign-offs"));
        assertThat(_get(decisions, H3.class, spec -> spec.withText("Round 1: Approved")))
                .isNotNull();
    }

    @Test
    void going_from_one_review_to_another_shows_the_second_with_its_own_eight_tabs() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2022);
        navigateTo("reviews/" + REVIEW_2025);

        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Planning");
        assertThat(_get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("review-tabs")).getTabCount())
                .isEqualTo(8);
    }

    @Test
    void an_observer_finds_the_signed_report_of_the_published_2022_review_in_its_report_tab() {
        signInAs("observer");
        navigateTo("reviews/" + REVIEW_2022);

        openTab("Report");

        assertThat(_get(Anchor.class, spec -> spec.withId("report-download-pdf")).getHref())
                .isEqualTo("reports/" + REVIEW_2022 + ".pdf");
        assertThat(_get(Span.class, spec -> spec.withId("report-pdf-sha256")).getText()).containsPattern("[0-9a-f]{64}");
    }

    @Test
    void the_timeline_tab_tells_the_2022_story_and_narrows_it_to_one_kind() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2022);
        openTab("Timeline");
        Grid<?> story = _get(Grid.class, spec -> spec.withId("review-timeline"));
        int everything = _size(story);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<StoryKind> kinds = _get(MultiSelectComboBox.class, spec -> spec.withId("timeline-kinds"));
        kinds.setValue(Set.of(StoryKind.TASKS));

        assertThat(_size(story)).isGreaterThan(0).isLessThan(everything);
    }
}
