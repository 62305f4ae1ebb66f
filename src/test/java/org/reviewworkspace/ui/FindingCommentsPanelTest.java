package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.finding.FindingCommentService;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.ui.FindingCommentsPanel;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The discussion panel of a finding of the 2025 review, consolidating after the visit and the
 * six assessments, and of the published 2022 review. These tests move the 2025 review on, so
 * they leave their Spring context behind.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FindingCommentsPanelTest extends KaribuTestSupport {

    @Autowired ReferenceScenario scenario;
    @Autowired FindingService findings;
    @Autowired FindingCommentService comments;

    long finding2025;
    long finding2022;

    @BeforeEach
    void the_2025_findings_are_being_consolidated() {
        ReviewSummary review = review(REVIEW_2025);
        if (review.status() == ReviewStatus.PLANNING) {
            scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);
            scenario.submitAllAssessments(review, 3);
        }
        assertThat(review(REVIEW_2025).status()).isEqualTo(ReviewStatus.CONSOLIDATING);
        finding2025 = acting.as("coordinator", () -> findings.findingsOf(review.id())).get(0).id();
        finding2022 = acting.as("coordinator", () -> findings.findingsOf(review(REVIEW_2022).id())).get(0).id();
    }

    @Test
    void a_member_posts_a_comment_that_mentions_the_lead_and_sees_it_in_the_thread() {
        signInAs("assessor1");
        FindingCommentsPanel panel = show(finding2025);
        TextArea text = _get(panel, TextArea.class, spec -> spec.withId("finding-comment-text"));
        assertThat(text.getHelperText()).contains("@lead (Delegation lead)", "@coordinator (Review coordinator)");
        assertThat(text.getMaxLength()).isEqualTo(4000);

        text.setValue("Agreed, @lead: the **workshops** count. <script>alert(1)</script>");
        _click(_get(panel, Button.class, spec -> spec.withId("finding-comment-post")));

        expectNotifications("Comment posted");
        assertThat(text.getValue()).isEmpty();
        List<String> shown = _find(panel, Div.class, spec -> spec.withClasses("comment-body")).stream()
                .map(body -> body.getElement().getProperty("innerHTML")).toList();
        assertThat(shown).last().satisfies(html -> {
            assertThat(html).contains("<strong>workshops</strong>").doesNotContain("<script");
            assertThat(Jsoup.parseBodyFragment(html).select("span.mention").text()).isEqualTo("@Delegation lead");
            assertThat(Jsoup.parseBodyFragment(html).text())
                    .isEqualTo("Agreed, @Delegation lead: the workshops count. <script>alert(1)</script>");
        });
        _assertNone(panel, Paragraph.class, spec -> spec.withId("finding-comments-empty"));
    }

    @Test
    void an_overlong_comment_is_refused_beside_the_field_and_what_was_typed_stays() {
        signInAs("lead");
        FindingCommentsPanel panel = show(finding2025);
        long before = acting.as("lead", () -> comments.comments(finding2025)).size();
        TextArea text = _get(panel, TextArea.class, spec -> spec.withId("finding-comment-text"));
        String typed = "A long remark. ".repeat(300);

        text.setValue(typed);
        _click(_get(panel, Button.class, spec -> spec.withId("finding-comment-post")));

        _expectInvalid(text, "At most 4000 characters");
        assertThat(text.getValue()).isEqualTo(typed);
        assertThat(acting.as("lead", () -> comments.comments(finding2025))).hasSize((int) before);
    }

    @Test
    void on_a_published_review_the_discussion_can_be_read_but_not_added_to_and_says_why() {
        signInAs("coordinator");
        FindingCommentsPanel panel = show(finding2022);

        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("finding-comments-closed")).getText())
                .isEqualTo("The review is published; its findings are frozen.");
        _get(panel, Div.class, spec -> spec.withId("finding-comment-thread"));
        _assertNone(panel, TextArea.class);
        _assertNone(panel, Button.class, spec -> spec.withId("finding-comment-post"));
    }

    @Test
    void an_observer_sees_why_instead_of_the_discussion() {
        signInAs("observer");
        FindingCommentsPanel panel = show(finding2022);

        assertThat(_get(panel, Paragraph.class, spec -> spec.withId("finding-comments-unavailable")).getText())
                .contains("observers read the published report");
        _assertNone(panel, Div.class, spec -> spec.withId("finding-comment-thread"));
        _assertNone(panel, TextArea.class);
    }

    private FindingCommentsPanel show(long findingId) {
        FindingCommentsPanel panel = new FindingCommentsPanel(comments, findingId);
        UI.getCurrent().add(panel);
        return panel;
    }
}
