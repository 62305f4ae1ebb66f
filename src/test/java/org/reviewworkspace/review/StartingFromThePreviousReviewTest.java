package org.reviewworkspace.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.timeline.StoryFilter;
import org.reviewworkspace.timeline.StoryLine;
import org.reviewworkspace.timeline.TimelineService;
import org.reviewworkspace.visit.PlanForm;
import org.reviewworkspace.visit.VisitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A new review of the CERN–Pakistan partnership takes its scope from the one before it, or starts afresh. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class StartingFromThePreviousReviewTest {

    @Autowired Acting acting;
    @Autowired TimelineService timelines;
    @Autowired ReviewService reviews;
    @Autowired VisitService visits;
    @Autowired PartnershipService partnerships;
    @Autowired InboxService inbox;

    @Test
    void a_review_started_from_the_previous_one_has_its_delegation_institutions_and_assessors_ready_to_date() {
        ReviewSummary next = start(true);

        Map<String, MemberRole> delegation = reviews.delegation(next.id());
        assertThat(delegation).containsOnlyKeys(ReferenceScenario.DELEGATION).containsEntry("lead", MemberRole.LEAD);
        PlanForm plan = acting.as("coordinator", () -> visits.openPlan(planVisitTask(next)).form());
        assertThat(plan.plannedInstitutions()).hasSize(6).allSatisfy(visit -> {
            assertThat(visit.getDate()).as("dates are for the coordinator to set").isNull();
            assertThat(visit.getAssessors()).hasSize(1);
        });
        assertThat(plan.getLead()).isEqualTo("lead");
        assertThat(acting.as("coordinator", () -> timelines.story(next.id(), StoryFilter.everything(), 0, 5)))
                .extracting(StoryLine::text)
                .anyMatch(s -> s.endsWith("taking institutions, criteria and delegation from REV-2025-PK-01"));
    }

    @Test
    void a_review_started_afresh_has_no_delegation_and_nothing_planned() {
        ReviewSummary next = start(false);

        assertThat(reviews.delegation(next.id())).isEmpty();
        PlanForm plan = acting.as("coordinator", () -> visits.openPlan(planVisitTask(next)).form());
        assertThat(plan.plannedInstitutions()).isEmpty();
        assertThat(plan.getInstitutions()).as("every institution of the partnership can be chosen").hasSize(6);
    }

    private ReviewSummary start(boolean fromPrevious) {
        StartReviewForm form = new StartReviewForm();
        form.setPartnershipId(partnerships.partnerships().get(0).id());
        form.setYear(2027);
        form.setTitle("Follow-up review 2027");
        form.setScopeFromPrevious(fromPrevious);
        return acting.as("coordinator", () -> reviews.startReview(form));
    }

    private String planVisitTask(ReviewSummary review) {
        return inbox.page(0, 50).stream()
                .filter(t -> t.reviewCode().equals(review.referenceCode()) && t.route().contains("/PlanVisit/"))
                .map(InboxItem::taskId).findFirst().orElseThrow();
    }
}
