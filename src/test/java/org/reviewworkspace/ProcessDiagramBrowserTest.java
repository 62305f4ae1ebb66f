package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The process diagram in a real (headless) browser, drawn by bpmn-js from the BPMN the review
 * runs: the published 2022 review with every step it passed in green and its six assessments
 * counted, the 2025 review with "Plan visit" as where it stands. The diagram is shown on
 * {@link ProcessDiagramTestPage}, a page that exists only for the tests.
 *
 * <p>Runs under failsafe ({@code *BrowserTest}) with the system's Chromium and chromedriver; it is
 * skipped where they are not installed, as {@link CoordinatorSeesInboxBrowserTest} is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = "Browser test skipped: needs Chromium and "
        + "chromedriver at /usr/bin/chromium and /usr/bin/chromedriver or on the PATH "
        + "(apt-get install chromium chromium-driver)")
class ProcessDiagramBrowserTest {

    private static final String COORDINATOR = "coordinator";
    private static final String DEMO_PASSWORD = "reviewdemo2025";
    private static final String REVIEW_2022 = "REV-2022-PK-01";
    private static final String REVIEW_2025 = "REV-2025-PK-01";

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * What the diagram shows once bpmn-js has drawn it (the element sets {@code rendered} then),
     * read from its shadow root: the nodes with each marker, the badges by node, and whether the
     * last node on the right, "Review published", lies within the element (the diagram fits).
     */
    private static final String DIAGRAM = """
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

    private static final Path CHROMIUM = executable("/usr/bin/chromium", "chromium", "chromium-browser");
    private static final Path CHROMEDRIVER = executable("/usr/bin/chromedriver", "chromedriver");

    @LocalServerPort
    int port;

    WebDriver driver;
    Path userDataDir;

    static boolean chromiumAndChromedriverAreInstalled() {
        return CHROMIUM != null && CHROMEDRIVER != null;
    }

    @BeforeEach
    void startBrowser() throws IOException {
        userDataDir = Files.createTempDirectory("review-workspace-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (userDataDir != null) {
            FileSystemUtils.deleteRecursively(userDataDir.toFile());
        }
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
        assertThat(diagram.get("role")).isEqualTo("img");
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
        driver.get(url("/login"));
        signIn(COORDINATOR, DEMO_PASSWORD);
        await(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
        driver.get(url("/test/process-diagram/" + referenceCode));
        Map<String, Object> diagram;
        try {
            diagram = await(drawn(ready));
        } catch (TimeoutException e) {
            screenshot(screenshot.replace(".png", "-failed.png"));
            throw e;
        }
        screenshot(screenshot);
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

    private void signIn(String username, String password) {
        WebElement form = await(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-login-form")));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
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

    private <T> T await(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).until(condition);
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The first of {@code candidates} that is executable, a bare name looked up on the PATH; null if none is. */
    private static Path executable(String... candidates) {
        String[] pathDirs = Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator);
        return Stream.of(candidates)
                .flatMap(c -> c.contains("/") ? Stream.of(Path.of(c))
                        : Stream.of(pathDirs).filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, c)))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }
}
