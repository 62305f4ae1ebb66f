package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The process diagram in a real (headless) browser, drawn by bpmn-js from the BPMN the review
 * runs: the published 2022 review with every step it passed in green and its six assessments
 * counted, the 2025 review with "Plan visit" as where it stands. The diagram is shown on
 * {@link ProcessDiagramTestPage}, a page that exists only for the tests.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
class ProcessDiagramBrowserTest extends BrowserTestSupport {

    private static final String COORDINATOR = "coordinator";
    private static final String REVIEW_2022 = "REV-2022-PK-01";
    private static final String REVIEW_2025 = "REV-2025-PK-01";

    /**
     * What the diagram shows once bpmn-js has drawn it (the element sets {@code rendered} then),
     * read from its shadow root: the nodes with each marker, the badges by node, and whether the
     * last node on the right, "Review published", lies within the element (the diagram fits).
     */
    static final String DIAGRAM = """
            const diagram = document.querySelector('process-diagram');
            if (!diagram || !diagram.hasAttribute('rendered')) { return null; }
            const root = diagram.shadowRoot;
            const marked = marker => [...root.querySelectorAll('.djs-element.' + marker)]
                .map(g => g.getAttribute('data-element-id')).sort();
            const badges = {};
            root.querySelectorAll('.djs-overlays').forEach(overlays => {
                const badge = overlays.querySelector('.times-passed');
                if (badge) { badges[overlays.getAttribute('data-container-id')] = badge.textContent; }
            });
            const box = diagram.getBoundingClientRect();
            const end = root.querySelector('.djs-element[data-element-id="ReviewPublished"]').getBoundingClientRect();
            return {
                svg: root.querySelector('svg .djs-element') !== null,
                completed: marked('completed'),
                current: marked('current'),
                badges: badges,
                fits: end.width > 0 && end.left >= box.left && end.right <= box.right
                    && end.top >= box.top && end.bottom <= box.bottom,
                role: diagram.getAttribute('role'),
                label: diagram.getAttribute('aria-label')
            };
            """;

    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        driver = openBrowser();
    }

    @Test
    void the_published_2022_review_shows_every_step_it_passed_and_its_six_assessments() throws IOException {
        Map<String, Object> diagram = openDiagram(REVIEW_2022, "process-diagram.png",
                shown -> completed(shown).contains("PublishReport"));

        assertThat(diagram.get("svg")).isEqualTo(true);
        assertThat(completed(diagram)).contains("ReviewRequested", "PlanVisit", "AssessInstitutionStage",
                "AssessInstitution", "ConsolidateFindings", "SignOffFindings", "SignOffDecision", "PublishReport",
                "ReviewPublished").doesNotContain("ReviewRejected", "ReviewCancelled", "ChaseOverdueAssessment");
        assertThat(current(diagram)).as("a published review waits nowhere").isEmpty();
        assertThat(badges(diagram)).containsEntry("AssessInstitution", "\u00d76")
                .containsEntry("SignOffFindings", "\u00d71").containsEntry("PublishReport", "\u00d71")
                .doesNotContainKeys("ReviewPublished", "SignOffDecision");
        assertThat(diagram.get("fits")).as("the whole process fits into the element").isEqualTo(true);
        assertThat(diagram.get("role")).isEqualTo("figure");
        assertThat((String) diagram.get("label")).startsWith("Process: ended at Review published; passed Plan visit, "
                + "Assess institution (6 times)");
    }

    @Test
    void the_2025_review_shows_plan_visit_as_where_it_stands() throws IOException {
        Map<String, Object> diagram = openDiagram(REVIEW_2025, "process-diagram-2025.png",
                shown -> current(shown).contains("PlanVisit"));

        assertThat(current(diagram)).containsExactly("PlanVisit");
        assertThat(completed(diagram)).containsExactly("ReviewRequested");
        assertThat(badges(diagram)).isEmpty();
        assertThat(diagram.get("label")).isEqualTo("Process: at Plan visit; nothing passed yet.");
    }

    /** Signs in as the coordinator, opens the review's diagram and waits until it shows what {@code ready} expects. */
    private Map<String, Object> openDiagram(String referenceCode, String screenshot,
                                            Predicate<Map<String, Object>> ready) throws IOException {
        signIn(driver, COORDINATOR);
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
        driver.get(url("/test/process-diagram/" + referenceCode));
        Map<String, Object> diagram;
        try {
            diagram = await(driver, drawn(ready));
        } catch (TimeoutException e) {
            screenshot(driver, screenshot.replace(".png", "-failed.png"));
            throw e;
        }
        screenshot(driver, screenshot);
        return diagram;
    }

    private ExpectedCondition<Map<String, Object>> drawn(Predicate<Map<String, Object>> ready) {
        return new ExpectedCondition<>() {
            private Map<String, Object> shown;

            @Override
            @SuppressWarnings("unchecked")
            public Map<String, Object> apply(WebDriver d) {
                shown = (Map<String, Object>) ((JavascriptExecutor) d).executeScript(DIAGRAM);
                return shown != null && ready.test(shown) ? shown : null;
            }

            @Override
            public String toString() {
                return "the process diagram to be drawn with its markers; shown: " + shown;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> completed(Map<String, Object> diagram) {
        return (List<String>) diagram.get("completed");
    }

    @SuppressWarnings("unchecked")
    private static List<String> current(Map<String, Object> diagram) {
        return (List<String>) diagram.get("current");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> badges(Map<String, Object> diagram) {
        return (Map<String, String>) diagram.get("badges");
    }
}
