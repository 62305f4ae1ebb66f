package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reviewworkspace.workspace.ui.ReviewWorkspaceView;
import org.reviewworkspace.review.ui.ReviewsView;

/** The list of reviews and the page of one review, as each role sees them. */
class ReviewsScreensTest extends KaribuTestSupport {

    @Test
    void a_coordinator_is_offered_to_start_a_review() {
        signInAs("coordinator");
        navigateTo("reviews");

        assertThat(currentView()).isEqualTo(ReviewsView.class);
        assertThat(_get(Button.class, spec -> spec.withId("start-review")).getText()).isEqualTo("Start review");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lead", "approver", "observer"})
    void nobody_but_a_coordinator_is_offered_to_start_a_review(String username) {
        signInAs(username);
        navigateTo("reviews");

        assertThat(currentView()).isEqualTo(ReviewsView.class);
        _assertNone(Button.class, spec -> spec.withId("start-review"));
    }

    @Test
    void a_coordinator_sees_the_published_2022_review_with_its_status_and_its_story() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2022);

        assertThat(currentView()).isEqualTo(ReviewWorkspaceView.class);
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Published");
        List<String> whatHappened = timelineColumn(3);
        assertThat(whatHappened).hasSizeGreaterThan(2);
        assertThat(whatHappened.subList(whatHappened.size() - 2, whatHappened.size()))
                .as("the oldest entries, at the bottom")
                .containsExactlyInAnyOrder("Review coordinator started review REV-2022-PK-01 \u201cTask-force visit 2022\u201d",
                        "The review process started.");
        assertThat(whatHappened).anyMatch(what -> what.startsWith("Approver approved the findings in round 1"));
    }

    @Test
    void a_coordinator_sees_the_2025_review_still_in_planning() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);

        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Planning");
        assertThat(timelineColumn(3)).anyMatch(what -> what.startsWith("Review coordinator started review "
                + REVIEW_2025));
    }

    /** One column of the review's timeline grid, newest row first, as the user reads it. */
    @SuppressWarnings("unchecked")
    private static List<String> timelineColumn(int column) {
        openTab("Timeline");
        Grid<Object> timeline = _get(Grid.class, spec -> spec.withId("review-timeline"));
        return IntStream.range(0, _size(timeline)).mapToObj(row -> _getFormattedRow(timeline, row).get(column))
                .toList();
    }
}
