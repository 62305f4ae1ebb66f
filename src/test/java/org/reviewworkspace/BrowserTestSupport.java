package org.reviewworkspace;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
 * The running application with the demo data and real (headless) Chromium browsers, as many as
 * a test opens, each with a profile of its own, so each is a separate user.
 *
 * <p>Runs under failsafe ({@code *BrowserTest}) with the system's Chromium and chromedriver;
 * subclasses carry {@code @EnabledIf("chromiumAndChromedriverAreInstalled")} with
 * {@link #NO_BROWSER}, so they are skipped where they are not installed. Nothing is downloaded:
 * both paths are given explicitly, so Selenium Manager has nothing to look up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
abstract class BrowserTestSupport {

    static final String NO_BROWSER = "Browser test skipped: needs Chromium and chromedriver at /usr/bin/chromium and "
            + "/usr/bin/chromedriver or on the PATH (apt-get install chromium chromium-driver)";
    static final String DEMO_PASSWORD = "reviewdemo2025";

    /** Dev mode serves a pre-built bundle, yet the first page of a fresh server still takes several seconds. */
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

    /** Axe-core, run from the test's side in the page under test (see {@link #seriousAccessibilityViolations}). */
    private static final String AXE_SOURCE = readResource("/axe/axe.min.js");

    /** Runs axe over the whole page and answers its serious and critical violations, flattened for Java. */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
                .then(results => done(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                                 targets: v.nodes.map(n => n.target.map(t => [].concat(t).join(' >> ')).join(' >> ')
                                     + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }))))
                .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), helpUrl: '', targets: ['document'] }]));
            """;

    /** See {@link #sidewaysOverflow}; the content area of Vaadin's app layout is its shadow part {@code [content]}. */
    private static final String SIDEWAYS_OVERFLOW = """
            const page = document.scrollingElement;
            const scrollers = [[page, window.innerWidth, 'the page']];
            for (const layout of document.querySelectorAll('vaadin-app-layout')) {
                const content = layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
                if (content) { scrollers.push([content, content.clientWidth, 'the content area']); }
            }
            const overflowing = scrollers.find(([scroller, width]) => scroller.scrollWidth > width + 1);
            if (!overflowing) { return null; }
            const [scroller, width, name] = overflowing;
            const right = scroller === page ? window.innerWidth : scroller.getBoundingClientRect().right;
            const sticking = [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > right + 1 && e.getClientRects().length > 0)
                .filter((e, i, all) => !all.some(other => other !== e && e.contains(other)))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + [...e.classList].map(c => '.' + c).join('') + ' (right edge at '
                    + Math.round(e.getBoundingClientRect().right) + ')');
            return name + ' is ' + scroller.scrollWidth + ' px wide in ' + width + ' px; sticking out: '
                + sticking.join(', ');
            """;

    /** Debian's packages (apt-get install chromium chromium-driver), or whatever the PATH offers. */
    private static final Path CHROMIUM = executable("/usr/bin/chromium", "chromium", "chromium-browser");
    private static final Path CHROMEDRIVER = executable("/usr/bin/chromedriver", "chromedriver");

    @LocalServerPort
    int port;

    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /**
     * Decided before the Spring context starts, so a machine without a browser skips at once; a
     * condition rather than an assumption in {@code @BeforeAll}, because failsafe reports the
     * latter as "Tests run: 0" and drops the reason.
     */
    static boolean chromiumAndChromedriverAreInstalled() {
        return CHROMIUM != null && CHROMEDRIVER != null;
    }

    /** Starts one more browser, with a profile (cookies, session) of its own, at desktop size (1400×900). */
    WebDriver openBrowser() throws IOException {
        return openBrowser(1400, 900);
    }

    /**
     * Starts one more browser, with a profile of its own, whose page is exactly {@code width} ×
     * {@code height} CSS pixels (see {@link #resize}).
     */
    WebDriver openBrowser(int width, int height) throws IOException {
        Path userDataDir = Files.createTempDirectory("review-workspace-chromium");
        profiles.add(userDataDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height, "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        browsers.add(driver);
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        resize(driver, width, height);
        return driver;
    }

    /**
     * Makes the page of {@code driver} exactly {@code width} × {@code height} CSS pixels at scale 1,
     * as a tablet or desktop of that size shows it: a window size alone leaves the viewport to the
     * browser's frame, which differs between Chromium versions.
     */
    static void resize(WebDriver driver, int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @AfterEach
    void quitBrowsers() {
        browsers.forEach(WebDriver::quit);
        browsers.clear();
        profiles.forEach(dir -> FileSystemUtils.deleteRecursively(dir.toFile()));
        profiles.clear();
    }

    /** Opens the login page in {@code driver} and signs in as the login form would. */
    void signIn(WebDriver driver, String username) {
        driver.get(url("/login"));
        waitUntilVaadinIsIdle(driver);
        WebElement form = await(driver, ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-login-form")));
        form.findElement(By.cssSelector("input[name=username]")).sendKeys(username);
        form.findElement(By.cssSelector("input[name=password]")).sendKeys(DEMO_PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }

    /** The rendered body rows of {@code grid}, cell texts each; empty while Vaadin is busy. */
    @SuppressWarnings("unchecked")
    static List<List<String>> gridRows(WebDriver driver, WebElement grid) {
        if (!vaadinIsIdle(driver)) {
            return List.of();
        }
        return (List<List<String>>) ((JavascriptExecutor) driver).executeScript(GRID_ROWS, grid);
    }

    /** The grid row whose first cell is {@code first}, once the grid has rendered it. */
    static ExpectedCondition<List<String>> rowStartingWith(WebElement grid, String first) {
        return new ExpectedCondition<>() {
            private List<List<String>> shown = List.of();

            @Override
            public List<String> apply(WebDriver d) {
                shown = gridRows(d, grid);
                return shown.stream().filter(row -> !row.isEmpty() && row.get(0).equals(first)).findFirst()
                        .orElse(null);
            }

            @Override
            public String toString() {
                return "a grid row starting with \"" + first + "\"; rows shown: " + shown;
            }
        };
    }

    void waitUntilVaadinIsIdle(WebDriver driver) {
        await(driver, new ExpectedCondition<Boolean>() {
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

    static boolean vaadinIsIdle(WebDriver d) {
        return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IS_IDLE));
    }

    static <T> T await(WebDriver driver, ExpectedCondition<T> condition) {
        return await(driver, PATIENCE, condition);
    }

    static <T> T await(WebDriver driver, Duration patience, ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, patience).until(condition);
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The serious and critical accessibility violations axe-core finds on the page as it is now,
     * each naming the rule, what to fix and where; empty when there are none. Axe looks into open
     * shadow roots, so Vaadin's components are checked inside too.
     *
     * <p>{@code src/test/resources/axe/axe.min.js} is axe-core 4.14.1 from the npm registry,
     * unchanged (MPL-2.0). To refresh it: {@code cd /tmp && npm pack axe-core@4} and copy
     * {@code package/axe.min.js} from the tarball over it.
     */
    @SuppressWarnings("unchecked")
    static List<AxeViolation> seriousAccessibilityViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE_SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(AXE_RUN);
        if (found == null) {
            throw new IllegalStateException("axe.run did not answer");
        }
        return found.stream()
                .map(v -> new AxeViolation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
    }

    /**
     * A rule axe-core found broken, with the elements that break it, each as its selector (through
     * shadow roots joined by " >> "), a dash and axe's advice on what to change.
     */
    record AxeViolation(String rule, String impact, String help, String helpUrl, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " (" + helpUrl + ")\n      on " + String.join("\n      on ", targets);
        }
    }

    /**
     * What makes the page scroll sideways, or null if nothing does: the document wider than the
     * window, or the content area of the app layout (which scrolls by itself, beside the drawer)
     * wider than itself; a pixel of rounding allowed. Names the innermost elements that stick out.
     */
    static String sidewaysOverflow(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(SIDEWAYS_OVERFLOW);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String readResource(String name) {
        try (var in = BrowserTestSupport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
