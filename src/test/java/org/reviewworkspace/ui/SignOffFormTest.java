package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteNotFoundError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingEdit;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.reviewworkspace.signoff.SignOffService;
import org.reviewworkspace.signoff.ui.SignOffFindingsView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * "Sign off findings" of the 2025 review, after the visit, the six assessments and the
 * consolidation. These tests move the review on, so they leave their Spring context behind.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class SignOffFormTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;
    @Autowired SignOffService signOffs;
    @Autowired FindingService findings;

    private InboxItem signOff;

    @BeforeEach
    void the_2025_findings_await_sign_off() {
        ReviewSummary review = review(REVIEW_2025);
        if (review.status() == ReviewStatus.PLANNING) {
            scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
            scenario.submitAllAssessments(review, 3);
            scenario.consolidate(review);
        }
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
        signOff = taskOf("approver", REVIEW_2025, "SignOffFindings");
    }

    @Test
    void an_assessor_cannot_open_a_sign_off_form() {
        signInAs("lead");
        navigateTo(signOff.route());

        assertThat(currentView()).as("the form is hidden like a page that does not exist")
                .isEqualTo(RouteNotFoundError.class);
        _assertNone(Button.class, spec -> spec.withId("sign-off-approve"));
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
    }

    @Test
    @DirtiesContext
    void an_approver_approves_the_findings_and_the_review_shows_published() {
        signInAs("approver");
        navigateTo(signOff.route());

        _click(_get(Button.class, spec -> spec.withId("sign-off-approve")));

        expectNotifications("Decision recorded: Approved");
        assertThat(currentView()).isEqualTo(InboxView.class);
        navigateTo("reviews/" + REVIEW_2025);
        assertThat(_get(Span.class, spec -> spec.withId("review-status")).getText()).isEqualTo("Published");
    }

    @Test
    @DirtiesContext
    void a_sign_off_that_was_already_decided_cannot_be_opened_again() {
        scenario.signOff(review(REVIEW_2025), Decision.APPROVED, null);
        signInAs("approver");

        navigateTo(signOff.route());

        assertThat(currentView()).isEqualTo(SignOffFindingsView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("This task cannot be opened");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-unavailable")).getText())
                .isEqualTo("This task is no longer open: it has been completed or withdrawn.");
        _assertNone(Button.class, spec -> spec.withId("sign-off-approve"));
    }

    @Test
    @DirtiesContext
    void after_requests_on_two_findings_and_their_revision_the_next_round_highlights_exactly_those_two() {
        List<FindingView> set = findings.findingsSet(review(REVIEW_2025).id());
        long first = set.get(0).id();
        long second = set.get(5).id();
        signInAs("approver");
        navigateTo(signOff.route());
        _setValue(_get(TextArea.class, spec -> spec.withId("sign-off-request-" + first)), "Name the experiments.");
        _setValue(_get(TextArea.class, spec -> spec.withId("sign-off-request-" + second)), "Say which firms.");
        _click(_get(Button.class, spec -> spec.withId("sign-off-request-changes")));
        expectNotifications("Decision recorded: Changes requested");

        acting.run("coordinator", () -> {
            String task = taskOf("coordinator", REVIEW_2025, "ConsolidateFindings").taskId();
            List<FindingEdit> edits = new ArrayList<>(findings.openConsolidation(task).findings());
            edits.stream().filter(e -> e.getId() == first || e.getId() == second)
                    .forEach(e -> e.setStatement(e.getStatement() + " Revised as asked."));
            findings.completeConsolidation(task, edits);
        });
        navigateTo(taskOf("approver", REVIEW_2025, "SignOffFindings").route());

        assertThat(_get(H2.class).getText()).isEqualTo("Sign off findings — round 2");
        assertThat(_find(Div.class, spec -> spec.withClasses("finding-changed"))).extracting(c -> c.getId().orElse(""))
                .containsExactlyInAnyOrder("finding-" + first, "finding-" + second);
        assertThat(_find(Paragraph.class, spec -> spec.withText("Asked in round 1: Say which firms."))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("sign-off-approve")));
        expectNotifications("Decision recorded: Approved");
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.PUBLISHED);
    }

    @Test
    void requesting_changes_without_saying_which_shows_an_error_at_the_rationale_and_changes_nothing() {
        signInAs("approver");
        navigateTo(signOff.route());

        _click(_get(Button.class, spec -> spec.withId("sign-off-request-changes")));

        _expectInvalid(_get(TextArea.class, spec -> spec.withId("sign-off-rationale")),
                "Say which changes you request, here or on the findings concerned");
        expectNotifications("Please correct the marked fields.");
        assertThat(currentView()).isEqualTo(SignOffFindingsView.class);
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.AWAITING_SIGN_OFF);
        assertThat(acting.as("approver", () -> signOffs.decisions(review(REVIEW_2025).id()))).isEmpty();
        assertThat(taskOf("approver", REVIEW_2025, "SignOffFindings").taskId()).isEqualTo(signOff.taskId());
    }
}
