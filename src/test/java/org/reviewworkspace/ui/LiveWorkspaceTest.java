package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.AssessmentFixtures;
import org.reviewworkspace.assessment.AssessmentProgress;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.assessment.ui.ConsensusPanel;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.live.LiveUpdates;
import org.reviewworkspace.live.Presence;
import org.reviewworkspace.live.Presence.Places;
import org.reviewworkspace.live.Presence.Visitor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** The review workspace and the assessment form follow what others do, and let go when closed. */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveWorkspaceTest extends KaribuTestSupport {

    @Autowired LiveUpdates updates;
    @Autowired Presence presence;
    @Autowired ReferenceScenario scenario;
    @Autowired AssessmentService assessments;
    @Autowired FindingCommentService findingComments;

    @Test
    void leaving_the_workspace_ends_its_subscription_and_its_presence() {
        signInAs("coordinator");
        // the list of reviews listens to nothing; the frame around it (bell, inbox count) does
        navigateTo("reviews");
        int onTheReviews = updates.subscriberCount();

        navigateTo("reviews/" + REVIEW_2025);
        assertThat(updates.subscriberCount()).isGreaterThan(onTheReviews);
        assertThat(presence.at(Places.review(REVIEW_2025))).extracting(Visitor::username).containsExactly("coordinator");

        navigateTo("reviews");
        assertThat(updates.subscriberCount()).isEqualTo(onTheReviews);
        assertThat(presence.at(Places.review(REVIEW_2025))).isEmpty();
    }

    @Test
    void a_tab_that_vaadin_closes_leaves_no_subscription_and_no_presence_behind() {
        signInAs("coordinator");
        int onTheInbox = updates.subscriberCount();
        navigateTo("reviews/" + REVIEW_2025);

        // what Vaadin does to a tab that was closed or stopped sending heartbeats
        UI tab = UI.getCurrent();
        tab.close();
        tab.getSession().removeUI(tab);

        assertThat(presence.at(Places.review(REVIEW_2025))).isEmpty();
        assertThat(updates.subscriberCount()).isLessThanOrEqualTo(onTheInbox);
    }

    @Test
    @DirtiesContext
    void the_coordinators_workspace_shows_an_assessment_submitted_meanwhile_without_a_reload() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);
        openTab("Assessments");
        @SuppressWarnings("unchecked")
        Grid<AssessmentProgress> progress = _get(Grid.class, spec -> spec.withId("review-assessments"));
        assertThat(states(progress)).doesNotContain("Submitted");

        InboxItem submitted = AssessmentFixtures.submitFirstAssessment(acting, inbox, assessments, "lead", REVIEW_2025);

        eventually(() -> states(progress).contains("Submitted"));
        assertThat(GridKt._get(progress, states(progress).indexOf("Submitted")).institutionAcronym())
                .isEqualTo(submitted.institution());
    }

    @Test
    void the_workspace_shows_everyone_who_has_the_review_open_and_forgets_who_left() {
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);
        AvatarGroup avatars = _get(AvatarGroup.class, spec -> spec.withId("workspace-presence"));
        assertThat(names(avatars)).containsExactly("Review coordinator");

        Registration lead = presence.enter(Places.review(REVIEW_2025),
                new Visitor("elsewhere/0/1", "elsewhere", "lead", "Delegation lead"));
        eventually(() -> names(avatars).equals(List.of("Review coordinator", "Delegation lead")));

        lead.remove();
        eventually(() -> names(avatars).equals(List.of("Review coordinator")));
    }

    @Test
    @DirtiesContext
    void an_assessor_is_told_who_else_has_the_same_assessment_open() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        InboxItem task = AssessmentFixtures.assessmentTaskOf(acting, inbox, "assessor1", REVIEW_2025);
        signInAs("assessor1");
        navigateTo(task.route());
        assertThat(alsoEditing()).isEmpty();

        Registration coordinator = presence.enter(Places.assessment(REVIEW_2025, "HMC-3"),
                new Visitor("elsewhere/0/1", "elsewhere", "coordinator", "Review coordinator"));
        eventually(() -> alsoEditing().equals(List.of("Also editing: Review coordinator")));

        coordinator.remove();
        eventually(() -> alsoEditing().isEmpty());
    }

    @Test
    @DirtiesContext
    void the_coordinator_reading_the_consensus_on_an_institution_is_present_at_its_assessments() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);
        openTab("Assessments");
        ConsensusPanel consensus = _get(ConsensusPanel.class);

        consensus.showInstitution("HMC-3");
        assertThat(presence.at(Places.assessment(REVIEW_2025, "HMC-3"))).extracting(Visitor::displayName)
                .containsExactly("Review coordinator");

        consensus.showInstitution("NCP");
        assertThat(presence.at(Places.assessment(REVIEW_2025, "HMC-3"))).isEmpty();
        assertThat(presence.at(Places.assessment(REVIEW_2025, "NCP"))).hasSize(1);
    }

    @Test
    @DirtiesContext
    void a_change_leaves_a_half_typed_comment_alone_and_offers_the_latest_findings_instead() {
        scenario.draftPlan(review(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        scenario.submitAllAssessments(review(REVIEW_2025), 3);
        signInAs("coordinator");
        navigateTo("reviews/" + REVIEW_2025);
        openTab("Findings");
        Button discussion = _find(Button.class).stream()
                .filter(b -> b.getId().orElse("").startsWith("finding-discussion-")).findFirst().orElseThrow();
        long findingId = Long.parseLong(discussion.getId().orElseThrow().substring("finding-discussion-".length()));
        _click(discussion);
        TextArea comment = _get(TextArea.class, spec -> spec.withId("finding-comment-text"));
        _setValue(comment, "The lead's point on training deserves");

        acting.run("lead", () -> findingComments.postComment(findingId, "Agreed, with the figures from PIEAS."));

        eventually(() -> !_find(Button.class, spec -> spec.withId("review-show-latest")).isEmpty());
        assertThat(comment.isAttached()).isTrue();
        assertThat(comment.getValue()).isEqualTo("The lead's point on training deserves");
    }

    private static List<String> states(Grid<AssessmentProgress> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).state()).toList();
    }

    /** The "Also editing" line of the assessment form, when it is shown. */
    private static List<String> alsoEditing() {
        return _find(Span.class, spec -> spec.withId("assessment-presence")).stream().map(Span::getText).toList();
    }

    private static List<String> names(AvatarGroup avatars) {
        return avatars.getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
    }
}
