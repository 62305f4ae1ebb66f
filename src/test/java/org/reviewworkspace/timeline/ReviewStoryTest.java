package org.reviewworkspace.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The story of the published 2022 review as a coordinator reads it: our events and the engine's
 * history in one stream, newest first, in words rather than BPMN.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class ReviewStoryTest {

    private static final String REVIEW_2022 = "REV-2022-PK-01";

    @Autowired TimelineService timelines;
    @Autowired ReviewService reviews;
    @Autowired Acting acting;

    @Test
    void the_story_merges_the_engines_tasks_and_timers_with_our_events_newest_first() {
        List<StoryLine> story = read(StoryFilter.everything(), 0, 500);

        assertThat(story).isSortedAccordingTo(Comparator.comparing(StoryLine::at).reversed());
        assertThat(story).extracting(StoryLine::kind).contains(StoryKind.TASKS, StoryKind.STAGES,
                StoryKind.ASSESSMENTS, StoryKind.SIGN_OFF, StoryKind.PLANNING);
        assertThat(story).extracting(StoryLine::text)
                .contains("The review process started.", "The review process ended: review published.")
                .anyMatch(t -> t.startsWith("Approver completed \u201cSign off findings\u201d after "))
                .anyMatch(t -> t.startsWith("\u201cSign off findings\u201d was opened for the approvers who may sign"))
                .anyMatch(t -> t.matches("Task-force member 2 submitted the PIEAS assessment.*, \\d+ days after the visit"));
        assertThat(story.size()).isEqualTo(size(StoryFilter.everything()));
    }

    @Test
    void pages_of_the_story_put_together_are_the_whole_story() {
        List<StoryLine> whole = read(StoryFilter.everything(), 0, 500);
        List<StoryLine> paged = new ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 7) {
            paged.addAll(read(StoryFilter.everything(), offset, 7));
        }

        assertThat(paged).extracting(StoryLine::at).containsExactlyElementsOf(whole.stream().map(StoryLine::at).toList());
    }

    @Test
    void filtering_by_kind_shows_only_lines_of_that_kind() {
        List<StoryLine> tasks = read(new StoryFilter(EnumSet.of(StoryKind.TASKS), null), 0, 500);

        assertThat(tasks).isNotEmpty().allSatisfy(line -> assertThat(line.kind()).isEqualTo(StoryKind.TASKS));
        assertThat(read(new StoryFilter(EnumSet.noneOf(StoryKind.class), null), 0, 50)).isEmpty();
    }

    @Test
    void filtering_by_person_shows_what_they_did_and_the_tasks_they_held() {
        List<StoryLine> theirs = read(new StoryFilter(StoryKind.DEFAULT, "assessor2"), 0, 500);

        assertThat(theirs).isNotEmpty().allSatisfy(line -> assertThat(line.actorName()).isEqualTo("Task-force member 2"));
        assertThat(theirs).extracting(StoryLine::text)
                .anyMatch(t -> t.startsWith("Task-force member 2 completed \u201cAssess institution\u201d after"))
                .anyMatch(t -> t.contains("submitted the PIEAS assessment"));
        assertThat(acting.as("coordinator", () -> timelines.people(reviews.byReferenceCode(REVIEW_2022).id())))
                .containsEntry("assessor2", "Task-force member 2").doesNotContainKey("system");
    }

    @Test
    void autosaves_are_left_out_until_the_reader_asks_for_them() {
        assertThat(read(StoryFilter.everything(), 0, 500)).noneMatch(line -> line.kind() == StoryKind.DRAFTS);
        assertThat(read(new StoryFilter(EnumSet.of(StoryKind.DRAFTS), null), 0, 500))
                .allSatisfy(line -> assertThat(line.text()).contains("saved"));
    }

    @Test
    void an_observer_cannot_read_the_story_of_a_review_in_progress() {
        long review2025 = reviews.byReferenceCode("REV-2025-PK-01").id();

        assertThatThrownBy(() -> acting.as("observer", () -> timelines.story(review2025, StoryFilter.everything(), 0,
                10))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void durations_and_days_after_the_visit_read_as_people_say_them() {
        assertThat(TimelineService.spoken(Duration.ofSeconds(20))).isEqualTo("less than a minute");
        assertThat(TimelineService.spoken(Duration.ofMinutes(1))).isEqualTo("1 minute");
        assertThat(TimelineService.spoken(Duration.ofMinutes(95))).isEqualTo("95 minutes");
        assertThat(TimelineService.spoken(Duration.ofHours(30))).isEqualTo("30 hours");
        assertThat(TimelineService.spoken(Duration.ofDays(4).plusHours(3))).isEqualTo("4 days");
        LocalDate end = LocalDate.of(2025, 8, 28);
        assertThat(TimelineService.afterTheVisit(end, end.plusDays(4))).isEqualTo("4 days after the visit");
        assertThat(TimelineService.afterTheVisit(end, end.plusDays(1))).isEqualTo("1 day after the visit");
        assertThat(TimelineService.afterTheVisit(end, end)).isEqualTo("on the last day of the visit");
        assertThat(TimelineService.afterTheVisit(end, end.minusDays(2))).isEqualTo("during the visit");
    }

    private List<StoryLine> read(StoryFilter filter, int offset, int limit) {
        long id = reviews.byReferenceCode(REVIEW_2022).id();
        return acting.as("coordinator", () -> timelines.story(id, filter, offset, limit));
    }

    private long size(StoryFilter filter) {
        long id = reviews.byReferenceCode(REVIEW_2022).id();
        return acting.as("coordinator", () -> timelines.storySize(id, filter));
    }
}
