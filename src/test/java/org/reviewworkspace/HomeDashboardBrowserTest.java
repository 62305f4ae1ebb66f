package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home dashboard in a real (headless) browser: ECharts draws each chart as SVG inside
 * {@code <echart-view>}, a click on a bar opens the list behind it, and axe finds no serious
 * accessibility problem on the page. A screenshot lands in {@code target/screenshots/home.png}.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
class HomeDashboardBrowserTest extends BrowserTestSupport {

    private static final List<String> CHARTS = List.of("home-tasks-chart", "home-stages-chart", "home-findings-chart",
            "home-follow-ups-chart");

    /**
     * Per chart on the page, once ECharts has drawn it (the element sets {@code rendered} then):
     * how many shapes its SVG holds, its size, and its name for screen readers.
     */
    private static final String CHARTS_DRAWN = """
            const charts = [...document.querySelectorAll('echart-view')];
            if (charts.length === 0 || charts.some(c => !c.hasAttribute('rendered'))) { return null; }
            const drawn = {};
            for (const chart of charts) {
                const svg = chart.shadowRoot.querySelector('svg');
                const box = chart.getBoundingClientRect();
                drawn[chart.id] = {
                    shapes: svg ? svg.querySelectorAll('path, rect, text').length : 0,
                    width: Math.round(box.width),
                    height: Math.round(box.height),
                    label: chart.getAttribute('aria-label')
                };
            }
            return drawn;
            """;

    /** The lowest bar of a chart (painted in the colour given), where a user would click it. */
    private static final String LOWEST_BAR = """
            const chart = document.getElementById(arguments[0]);
            const bars = [...chart.shadowRoot.querySelectorAll('svg path')]
                .filter(p => (p.getAttribute('fill') || '').toLowerCase() === arguments[1])
                .filter(p => p.getBoundingClientRect().width > 2);
            bars.sort((a, b) => b.getBoundingClientRect().top - a.getBoundingClientRect().top);
            return bars[0] || null;
            """;

    WebDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        driver = openBrowser();
    }

    @Test
    void the_coordinator_sees_every_chart_drawn_and_a_click_on_published_opens_the_published_reviews()
            throws IOException {
        signIn(driver, "coordinator");
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
        driver.get(url("/home"));

        Map<String, Map<String, Object>> charts;
        try {
            charts = await(driver, d -> chartsDrawn());
        } catch (TimeoutException e) {
            screenshot(driver, "home-failed.png");
            throw e;
        }
        screenshot(driver, "home.png");

        assertThat(charts).containsOnlyKeys(CHARTS);
        charts.forEach((id, chart) -> {
            assertThat(((Number) chart.get("shapes")).intValue()).as(id + " has bars, axes and labels drawn")
                    .isGreaterThan(5);
            assertThat(((Number) chart.get("width")).intValue()).as(id + " width").isGreaterThan(200);
            assertThat(((Number) chart.get("height")).intValue()).as(id + " height").isGreaterThan(100);
        });
        assertThat(charts.get("home-stages-chart").get("label")).isEqualTo("Reviews by stage: planning 1, published 1");
        assertThat(seriousAccessibilityViolations(driver)).isEmpty();
        assertThat(sidewaysOverflow(driver)).isNull();

        WebElement published = (WebElement) ((JavascriptExecutor) driver).executeScript(LOWEST_BAR,
                "home-stages-chart", "#1a6fd6");
        assertThat(published).as("the bar of the published review").isNotNull();
        published.click();

        await(driver, ExpectedConditions.urlContains("reviews?status=PUBLISHED"));
        WebElement grid = await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("reviews-grid")));
        assertThat(await(driver, rowStartingWith(grid, "REV-2022-PK-01"))).contains("Published");
        assertThat(gridRows(driver, grid)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> chartsDrawn() {
        if (!vaadinIsIdle(driver)) {
            return null;
        }
        return (Map<String, Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(CHARTS_DRAWN);
    }
}
