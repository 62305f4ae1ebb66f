package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * The coordinator's first minute of the day, in a real (headless) browser against the running app
 * with the demo data: sign in, land on the inbox, find the 2025 review waiting to be planned.
 *
 * <p>Runs under failsafe ({@code *BrowserTest}) with the system's Chromium and chromedriver; it is
 * skipped where they are not installed. Nothing is downloaded: both paths are given explicitly, so
 * Selenium Manager has nothing to look up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = "Browser test skipped: needs Chromium and "
        + "chromedriver at /usr/bin/chromium and /usr/bin/chromedriver or on the PATH "
        + "(apt-get install chromium chromium-driver)")
class CoordinatorSeesInboxBrowserTest {

    private static final String COORDINATOR = "coordinator";
    /** The process assigns "Plan visit" to the review's coordinator, so the inbox shows it as theirs. */
    private static final String COORDINATOR_DISPLAY_NAME = "Review coordinator";
    private static final String DEMO_PASSWORD = "reviewdemo2025";
    private static final String REFERENCE_CODE = "REV-2025-PK-01";
    private static final String PLAN_VISIT = "Plan visit";

    /** Dev mode serves a pre-built bundle, yet the first page of a fresh server still takes several seconds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** True once every Flow client on the page has no request in flight. */
    private static final String VAADIN_IS_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            const clients = Object.values(flow.clients);
            return clients.length > 0
                && clients.every(c => typeof c.isActive !== 'function' || !c.isActive());
            """;

    /**
     * The text of each rendered body row of a grid, cell by cell. Grid cells are light-DOM
     * {@code vaadin-grid-cell-content} elements slotted into the rows of the grid's shadow table,
     * so the row a cell belongs to is only known through its slot.
     */
    private static final String GRID_ROWS = """
            const grid = arguments[0];
            return [...grid.shadowRoot.querySelectorAll('#items tr')]
                .filter(row => !row.hidden)
                .map(row => [...row.querySelectorAll('td slot')]
                    .map(slot => slot.assignedElements().map(e => e.textContent.trim()).join(' ')));
            """;

    /** Debian's packages (apt-get install chromium chromium-driver), or whatever the PATH offers. */
    private static final Path CHROMIUM = executable("/usr/bin/chromium", "chromium", "chromium-browser");
    private static final Path CHROMEDRIVER = executable("/usr/bin/chromedriver", "chromedriver");

    @LocalServerPort
    int port;

    WebDriver driver;
    Path userDataDir;

    /**
     * Decided before the Spring context starts, so a machine without a browser skips at once; a
     * condition rather than an assumption in {@code @BeforeAll}, because failsafe reports the
     * latter as "Tests run: 0" and drops the reason.
     */
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
    void coordinator_signs_in_and_finds_the_2025_review_waiting_to_be_planned_in_the_inbox() throws IOException {
        driver.get(url("/login"));
        waitUntilVaadinIsIdle();

        signIn(COORDINATOR, DEMO_PASSWORD);

        List<String> planVisit;
        try {
            WebElement inbox = await(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
            planVisit = await(rowStartingWith(inbox, PLAN_VISIT));
        } catch (TimeoutException e) {
            screenshot("inbox-coordinator-failed.png");
            throw e;
        }
        screenshot("inbox-coordinator.png");

        assertThat(driver.getTitle()).startsWith("Inbox");
        assertThat(planVisit.get(1)).startsWith(REFERENCE_CODE + " · ");
        assertThat(planVisit).contains(COORDINATOR_DISPLAY_NAME);
    }

    private void signIn(String username, String password) {
        WebElement form = await(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-login-form")));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }

    /** The inbox row whose first cell is {@code taskName}, once the lazy grid has rendered it. */
    private ExpectedCondition<List<String>> rowStartingWith(WebElement grid, String taskName) {
        return new ExpectedCondition<>() {
            private List<List<String>> shown = List.of();

            @Override
            @SuppressWarnings("unchecked")
            public List<String> apply(WebDriver d) {
                if (!vaadinIsIdle(d)) {
                    return null;
                }
                shown = (List<List<String>>) ((JavascriptExecutor) d).executeScript(GRID_ROWS, grid);
                return shown.stream().filter(row -> !row.isEmpty() && row.get(0).equals(taskName)).findFirst()
                        .orElse(null);
            }

            @Override
            public String toString() {
                return "a grid row starting with \"" + taskName + "\"; rows shown: " + shown;
            }
        };
    }

    private void waitUntilVaadinIsIdle() {
        await(new ExpectedCondition<Boolean>() {
            @Override
            public Boolean apply(WebDriver d) {
                return vaadinIsIdle(d);
            }

            @Override
            public String toString() {
                return "Vaadin's client to have no request in flight";
            }
        });
    }

    private static boolean vaadinIsIdle(WebDriver d) {
        return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IS_IDLE));
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
