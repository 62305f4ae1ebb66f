package org.reviewworkspace.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.ui.EChart;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.ui.FindingsView;
import org.reviewworkspace.home.ui.HomeView;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.ui.InboxView;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ui.ReviewsView;

/**
 * The home dashboard of the reference scenario as each role sees it — the 2022 review published
 * with 6 strengths and 7 recommendations, the 2025 review in planning — and the lists its charts
 * open: Reviews by status, the Inbox by filter, the new Findings list by type and domain.
 */
class HomeDashboardTest extends KaribuTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INTEGRATION = "Integration with international projects";
    /** How Karibu renders the grids' link to the 2022 review's workspace. */
    private static final String LINK_2022 = "Anchor[text='" + REVIEW_2022 + "', href='reviews/" + REVIEW_2022 + "']";

    @Test
    void coordinator_sees_reviews_by_stage_on_home() throws IOException {
        signInAs("coordinator");
        navigateTo("home");

        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(numbers("home-stages-numbers")).containsExactly("Planning: 1", "Published: 1");
        JsonNode option = option("home-stages-chart");
        assertThat(texts(option.at("/yAxis/data"))).containsExactly("Planning", "Assessing", "Consolidating",
                "Awaiting sign-off", "Changes requested", "Published", "Rejected", "Cancelled");
        assertThat(option.at("/series/0/data").toString()).isEqualTo("[1,0,0,0,0,1,0,0]");
        assertThat(chart("home-stages-chart").getAccessibleName())
                .isEqualTo("Reviews by stage: planning 1, published 1");
        assertThat(chart("home-stages-chart").getElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void coordinator_sees_the_plan_visit_task_and_the_2022_findings_by_domain_and_type() throws IOException {
        signInAs("coordinator");
        navigateTo("home");

        assertThat(numbers("home-tasks-numbers")).containsExactly("Open: 1", "Due within 3 days: 0", "Overdue: 0");
        JsonNode findings = option("home-findings-chart");
        assertThat(texts(findings.at("/yAxis/data"))).containsExactly(INTEGRATION, "No domain");
        assertThat(texts(findings.at("/series")).size()).isEqualTo(3);
        assertThat(findings.at("/series/0/name").asText()).isEqualTo("Strength");
        assertThat(findings.at("/series/0/data").toString()).isEqualTo("[null,6]");
        assertThat(findings.at("/series/2/name").asText()).isEqualTo("Recommendation");
        assertThat(findings.at("/series/2/data").toString()).isEqualTo("[1,6]");
        assertThat(findings.at("/series/2/stack").asText()).isEqualTo("findings");
        _get(NativeTable.class, spec -> spec.withId("home-findings-numbers"));
        _get(Div.class, spec -> spec.withId("home-follow-ups"));
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("home-activity-list")), ListItem.class))
                .hasSize(10);
    }

    @Test
    void an_assessor_sees_the_reviews_whose_delegation_they_belong_to() {
        signInAs("assessor1");
        navigateTo("home");

        // the 2025 review took its delegation from 2022, so assessor1 belongs to both
        assertThat(numbers("home-stages-numbers")).containsExactly("Planning: 1", "Published: 1");
    }

    @Test
    void the_observer_sees_the_published_review_of_their_partnership_and_no_activity() {
        signInAs("observer");
        navigateTo("home");

        assertThat(numbers("home-stages-numbers")).containsExactly("Published: 1");
        _assertNone(Div.class, spec -> spec.withId("home-activity"));
    }

    @Test
    void the_administrator_sees_an_empty_dashboard_without_an_error() {
        signInAs("admin");
        navigateTo("home");

        assertThat(currentView()).isEqualTo(HomeView.class);
        assertThat(_find(EChart.class)).isEmpty();
        assertThat(_get(_get(Div.class, spec -> spec.withId("home-reviews-by-stage")), Paragraph.class).getText())
                .isEqualTo("No reviews you can see yet.");
        assertThat(_get(_get(Div.class, spec -> spec.withId("home-findings")), Paragraph.class).getText())
                .isEqualTo("No findings of reviews you can see yet.");
        assertThat(_get(_get(Div.class, spec -> spec.withId("home-my-tasks")), Paragraph.class).getText())
                .isEqualTo("Nothing to do right now.");
        _get(Div.class, spec -> spec.withId("home-activity"));
    }

    @Test
    void clicking_a_stage_opens_the_reviews_of_that_stage() {
        signInAs("coordinator");
        navigateTo("home");

        click("home-stages-chart", "Reviews", "Published", 5);

        assertThat(currentView()).isEqualTo(ReviewsView.class);
        assertThat(_get(Select.class, spec -> spec.withId("reviews-status")).getValue()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(column("reviews-grid", 0)).containsExactly(LINK_2022);
    }

    @Test
    void clicking_overdue_tasks_opens_the_inbox_with_the_overdue_filter() {
        signInAs("coordinator");
        navigateTo("home");

        click("home-tasks-chart", "Tasks", "Overdue", 2);

        assertThat(currentView()).isEqualTo(InboxView.class);
        assertThat(_get(Select.class, spec -> spec.withId("inbox-due")).getValue()).isEqualTo(InboxFilter.Due.OVERDUE);
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).isEqualTo("0 tasks");
    }

    @Test
    void clicking_the_recommendations_without_a_domain_opens_the_findings_list_narrowed_to_them() {
        signInAs("coordinator");
        navigateTo("home");

        click("home-findings-chart", "Recommendation", "No domain", 1);

        assertThat(currentView()).isEqualTo(FindingsView.class);
        assertThat(_get(Select.class, spec -> spec.withId("findings-type")).getValue())
                .isEqualTo(FindingType.RECOMMENDATION);
        assertThat(_get(ComboBox.class, spec -> spec.withId("findings-domain")).getValue()).isEqualTo("");
        assertThat(column("findings-grid", 2)).hasSize(6).containsOnly("Recommendation");
    }

    @Test
    void the_findings_list_shows_the_seven_recommendations_of_2022_with_their_owners() {
        signInAs("assessor1");
        UI.getCurrent().navigate(FindingsView.class, FindingsView.narrowedTo(FindingType.RECOMMENDATION, null));

        assertThat(_get(Span.class, spec -> spec.withId("findings-count")).getText()).isEqualTo("7 findings");
        assertThat(column("findings-grid", 0)).hasSize(7).containsOnly(LINK_2022);
        assertThat(column("findings-grid", 1)).contains("NCP", "NILOP", "Cross-cutting");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("findings-grid"));
        assertThat(IntStream.range(0, _size(grid)).mapToObj(row -> _getCellComponent(grid, row, "owner")
                .getElement().getTextRecursively())).allMatch(owner -> owner.matches(".*PAEC.*by \\d+ \\w+ \\d{4}"));
        UI.getCurrent().navigate("findings", QueryParameters.of(FindingsView.DOMAIN_PARAMETER, INTEGRATION));
        assertThat(column("findings-grid", 5)).containsExactly(
                "Establish a national coordination office for CERN engagement across the institutes.");
    }

    @Test
    void the_observer_lists_the_findings_of_the_published_review_only() {
        signInAs("observer");
        navigateTo("findings");

        assertThat(currentView()).isEqualTo(FindingsView.class);
        assertThat(column("findings-grid", 0)).hasSize(13).containsOnly(LINK_2022);
    }

    @Test
    void the_administrator_is_not_given_the_findings_list() {
        signInAs("admin");
        navigateTo("findings");

        assertThat(currentView()).isNotEqualTo(FindingsView.class);
        _assertNone(Grid.class, spec -> spec.withId("findings-grid"));
    }

    /** Fires what {@code <echart-view>} sends when the user clicks a bar. */
    private static void click(String chartId, String seriesName, String name, int dataIndex) {
        EChart chart = chart(chartId);
        ComponentUtil.fireEvent(chart, new EChart.ChartClickEvent(chart, true, seriesName, name, dataIndex));
    }

    private static EChart chart(String id) {
        return _get(EChart.class, spec -> spec.withId(id));
    }

    private static JsonNode option(String chartId) throws IOException {
        return JSON.readTree(chart(chartId).getOption());
    }

    private static List<String> numbers(String listId) {
        return _find(_get(UnorderedList.class, spec -> spec.withId(listId)), ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively()).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.isTextual() ? node.asText() : node.toString()));
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> column(String gridId, int column) {
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row).get(column)).toList();
    }
}
