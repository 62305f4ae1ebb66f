package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewworkspace.ScenarioPages.click;
import static org.reviewworkspace.ScenarioPages.notification;
import static org.reviewworkspace.ScenarioPages.openTab;
import static org.reviewworkspace.ScenarioPages.type;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Tried as a new user would, in headless Chromium on the demo data: the 2022 task force's
 * recommendations wait "to verify" in the 2025 review, an assessor is pointed to them from their
 * assessment and records a verdict with evidence, and once the 2025 assessments are in, the
 * coordinator follows "Compare with REV-2022-PK-01" to each institution's score change as a
 * chart and a table, and downloads it as CSV. Screenshots {@code target/screenshots/follow-up-*.png}.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
// a context of its own: the test moves the 2025 review on
@TestPropertySource(properties = "review-workspace.test.context=follow-ups")
class FollowUpAndComparisonBrowserTest extends BrowserTestSupport {

    private static final String REVIEW_2022 = "REV-2022-PK-01";
    private static final String REVIEW_2025 = "REV-2025-PK-01";

    /** The text of every card of the Follow-ups tab, once it shows them. */
    private static final String CARDS = """
            return [...document.querySelectorAll('#review-follow-ups .finding-row')].map(c => c.innerText);
            """;

    /**
     * The comparison's chart once ECharts has drawn it: the texts of its SVG (axis labels, legend,
     * the numbers on the bars) and how many bars it painted in the two reviews' colours.
     */
    private static final String CHART = """
            const chart = document.getElementById('compare-chart');
            if (!chart || !chart.hasAttribute('rendered')) { return null; }
            const svg = chart.shadowRoot.querySelector('svg');
            if (!svg) { return null; }
            const bars = [...svg.querySelectorAll('path')].filter(p =>
                ['#8fa9cc', '#1a6fd6'].includes((p.getAttribute('fill') || '').toLowerCase())
                && p.getBoundingClientRect().height > 2);
            return { texts: [...svg.querySelectorAll('text')].map(t => t.textContent.trim()), bars: bars.length };
            """;

    @Autowired ReferenceScenario scenario;
    @Autowired ReviewService reviews;

    @Test
    void the_2022_recommendations_are_verified_in_2025_and_the_comparison_shows_each_institutions_change()
            throws IOException {
        WebDriver coordinator = openBrowser();
        signIn(coordinator, "coordinator");
        // signed in once the application's navigation shows; opening another page before would race the sign-in
        await(coordinator, ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
        coordinator.get(url("/reviews/" + REVIEW_2025));
        waitUntilVaadinIsIdle(coordinator);
        openTab(coordinator, "Follow-ups");
        List<String> cards = await(coordinator, d -> {
            List<String> shown = cards(d);
            return shown.size() == 7 ? shown : null;
        });
        assertThat(cards).allSatisfy(card -> assertThat(card).contains("To verify", REVIEW_2022));
        assertThat(String.join("\n", cards)).contains("NCP should widen the participation of local firms",
                "Establish a national coordination office for CERN engagement across the institutes.");
        screenshot(coordinator, "follow-up-01-to-verify.png");

        ReviewSummary review = reviews.byReferenceCode(REVIEW_2025);
        scenario.draftPlan(review, LocalDate.of(2025, 8, 24), true);

        WebDriver assessor = openBrowser();
        signIn(assessor, "assessor1");
        await(assessor, ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
        ScenarioPages.openTask(assessor, "Assess institution", "HMC-3");
        WebElement hint = await(assessor, ExpectedConditions.visibilityOfElementLocated(By.id("assessment-follow-ups")));
        assertThat(hint.getText()).startsWith("1 recommendation of " + REVIEW_2022 + " to HMC-3 still to verify");
        hint.findElement(By.tagName("a")).click();
        waitUntilVaadinIsIdle(assessor);
        openTab(assessor, "Follow-ups");
        WebElement card = await(assessor, ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'finding-row')][.//p[starts-with(normalize-space(.), 'HMC-3 should')]]")));
        card.findElement(By.cssSelector("vaadin-button[id^='record-verdict-']")).click();
        await(assessor, ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assessor.findElement(By.xpath("//vaadin-radio-button[normalize-space(.)='Partly implemented']//label")).click();
        type(assessor, "verdict-evidence", "Two firms in Taxila now machine magnet supports; cable trays still imported.");
        click(assessor, "verdict-save");
        notification(assessor, "Verdict recorded");
        await(assessor, d -> cards(d).stream().anyMatch(c -> c.startsWith("Partly implemented")
                && c.contains("HMC-3 should") && c.contains("Two firms in Taxila")) ? true : null);
        screenshot(assessor, "follow-up-02-verdict-recorded.png");

        scenario.submitAllAssessments(review, 4);
        coordinator.get(url("/reviews/" + REVIEW_2025));
        waitUntilVaadinIsIdle(coordinator);
        openTab(coordinator, "Follow-ups");
        click(coordinator, "review-compare");
        WebElement scores;
        try {
            scores = await(coordinator, ExpectedConditions.visibilityOfElementLocated(By.id("compare-scores")));
            waitUntilVaadinIsIdle(coordinator);
        } catch (TimeoutException e) {
            screenshot(coordinator, "follow-up-failed.png");
            throw e;
        }
        List<List<String>> rows = await(coordinator, d -> {
            List<List<String>> shown = gridRows(d, scores);
            return shown.size() == 6 ? shown : null;
        });
        assertThat(rows).extracting(row -> row.get(0))
                .containsExactly("HMC-3", "INMOL", "NCP", "NILOP", "PIEAS", "PINSTECH");
        assertThat(rows).allSatisfy(row -> assertThat(row.get(row.size() - 1)).isEqualTo("3.4 \u2192 4.4 (+1.0)"));
        List<List<String>> recommendations = gridRows(coordinator,
                coordinator.findElement(By.id("compare-recommendations")));
        assertThat(recommendations).anySatisfy(row -> assertThat(row).contains("HMC-3", "Partly implemented"));
        Map<String, Object> chart = await(coordinator, d -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) ((JavascriptExecutor) d).executeScript(CHART);
            return drawn;
        });
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) chart.get("texts");
        assertThat(texts).as("the chart's axis and bar labels")
                .contains("HMC-3", "PINSTECH", REVIEW_2022, REVIEW_2025, "3.4", "4.4");
        assertThat(((Number) chart.get("bars")).intValue()).as("two bars for each of six institutions")
                .isGreaterThanOrEqualTo(12);
        screenshot(coordinator, "follow-up-03-comparison.png");

        String csv = (String) ((JavascriptExecutor) coordinator).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('#compare-export-csv').href).then(r => r.text()).then(done, e => done('' + e));
                """);
        assertThat(csv.lines()).hasSize(1 + 6 * 6);
        assertThat(csv).contains("Institution,Institution name,Criterion,Earlier review,Earlier mean,Later review",
                "NCP,National Centre for Physics,All criteria,REV-2022-PK-01,3.4,REV-2025-PK-01,4.4,1.0");
    }

    @SuppressWarnings("unchecked")
    private static List<String> cards(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(CARDS);
    }
}
