package org.reviewworkspace.consensus;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reviewworkspace.assessment.AssessmentCommentService;
import org.reviewworkspace.assessment.ConsensusService;
import org.reviewworkspace.assessment.ui.ConsensusPanel;
import org.reviewworkspace.demo.Acting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The consensus panel of the workspace's Assessments tab, in a browserless Vaadin: NCP chosen,
 * the grid of scores with its "Disagree" badge, reasons a click away, and a comment posted.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(FiveAssessorsOnNcp.class)
class ConsensusScreenTest {

    @Autowired Acting acting;
    @Autowired ConsensusService consensus;
    @Autowired AssessmentCommentService comments;
    @Autowired UserDetailsService users;

    long reviewId;
    long ncp;

    @BeforeAll
    void fiveAssessorsOnNcp(@Autowired FiveAssessorsOnNcp situation) {
        FiveAssessorsOnNcp.Result built = situation.build();
        reviewId = built.review().id();
        ncp = built.ncp();
    }

    @BeforeEach
    void openBrowser() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void choosing_ncp_shows_the_scores_side_by_side_with_a_disagree_badge_where_they_spread() {
        ConsensusPanel panel = panelAs("coordinator");
        panel.showInstitution("NCP");

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(panel, Grid.class, spec -> spec.withId("consensus-grid"));
        assertThat(_size(grid)).isEqualTo(5);
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText()).contains("Delegation lead",
                "Task-force member 1", "Task-force member 2", "Mean", "Min–Max").doesNotContain("Task-force member 3");
        Span badge = (Span) _getCellComponent(grid, 0, "agreement");
        assertThat(badge.getText()).isEqualTo("Disagree");
        assertThat(badge.getElement().getThemeList()).contains("badge", "error");
        assertThat(((Span) _getCellComponent(grid, 1, "agreement")).getText()).isEmpty();
        assertThat(_getFormatted(grid, 0, "mean")).isEqualTo("3.7");
        assertThat(_getFormatted(grid, 0, "range")).isEqualTo("2–5");
        assertThat(grid.isDetailsVisibleOnClick()).isTrue();
    }

    @Test
    void a_member_posts_a_comment_and_a_script_in_it_is_shown_as_text() {
        long leads = acting.as("coordinator", () -> consensus.consensus(reviewId, ncp)).assessments().stream()
                .filter(a -> a.assessor().equals("lead")).findFirst().orElseThrow().assessmentId();
        ConsensusPanel panel = panelAs("assessor1");
        panel.showInstitution("NCP");

        _get(panel, TextArea.class, spec -> spec.withId("comment-text-" + leads))
                .setValue("Is **4** right? <script>alert('x')</script>");
        ButtonKt._click(_get(panel, Button.class, spec -> spec.withId("comment-post-" + leads)));

        Div thread = _get(panel, Div.class, spec -> spec.withId("comments-" + leads));
        assertThat(_find(thread, Div.class, spec -> spec.withClasses("comment-body")))
                .extracting(body -> body.getElement().getProperty("innerHTML"))
                .contains("<p>Is <strong>4</strong> right? &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
        assertThat(_get(panel, TextArea.class, spec -> spec.withId("comment-text-" + leads)).getValue()).isEmpty();
    }

    @Test
    void a_blank_comment_is_refused_beside_the_field_and_nothing_is_posted() {
        long leads = acting.as("coordinator", () -> consensus.consensus(reviewId, ncp)).assessments().stream()
                .filter(a -> a.assessor().equals("lead")).findFirst().orElseThrow().assessmentId();
        ConsensusPanel panel = panelAs("assessor2");
        panel.showInstitution("NCP");
        long before = comments.commentCount(leads);

        TextArea text = _get(panel, TextArea.class, spec -> spec.withId("comment-text-" + leads));
        text.setValue("   ");
        ButtonKt._click(_get(panel, Button.class, spec -> spec.withId("comment-post-" + leads)));

        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("Write your comment first");
        assertThat(comments.commentCount(leads)).isEqualTo(before);
    }

    @Test
    void an_assessor_does_not_see_a_colleagues_draft_column_nor_its_thread() {
        ConsensusPanel panel = panelAs("lead");
        panel.showInstitution("NCP");

        Grid<?> grid = _get(panel, Grid.class, spec -> spec.withId("consensus-grid"));
        assertThat(grid.getColumns()).extracting(c -> c.getHeaderText()).doesNotContain("Task-force member 3");
        assertThat(_find(panel, Details.class)).hasSize(3);
        _assertNone(panel, Span.class, spec -> spec.withText("1"));
    }

    private ConsensusPanel panelAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        return new ConsensusPanel(consensus, comments, reviewId);
    }
}
