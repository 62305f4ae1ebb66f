package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reviewworkspace.comparison.ui.CompareReviewsView;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Every main view, opened by someone who uses it, in a real browser at desktop size (1400×900)
 * and at tablet size (820×1180): no serious or critical accessibility violation that axe-core
 * finds, no sideways scrolling, the view's main action or heading in sight. A screenshot of each
 * lands in {@code target/screenshots/<view>-<size>.png}. And an assessor gets from the inbox
 * through the assessment form to its submission with the keyboard alone.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
// a context of its own: another class sharing a cached one may have moved the 2025 review on
@TestPropertySource(properties = "review-workspace.test.context=main-views")
class MainViewsBrowserTest extends BrowserTestSupport {

    private static final String CURRENT_REVIEW = "REV-2025-PK-01";
    private static final String PUBLISHED_REVIEW = "REV-2022-PK-01";
    private static final List<int[]> SIZES = List.of(new int[] {1400, 900}, new int[] {820, 1180});

    /** The deepest focused element, through the shadow roots of Vaadin's components. */
    private static final String FOCUSED = """
            let focused = document.activeElement;
            while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) {
                focused = focused.shadowRoot.activeElement;
            }
            return focused;
            """;

    /** Whether the focus is on or inside the element with the id {@code arguments[0]}. */
    private static final String FOCUS_IN =
            "const f = document.activeElement; return !!(f && f.closest('#' + CSS.escape(arguments[0])));";

    @Autowired ReferenceScenario scenario;
    @Autowired ReviewService reviews;
    @Autowired InboxService inbox;
    @Autowired Acting acting;

    /** A second partnership's reviews, each brought to the task a view needs; built once per class. */
    private static Reviews prepared;

    private record Reviews(String assessing, String consolidating, String signingOff) {
    }

    /**
     * One view as a user sees it: who, where (and which tab of it, if any), and the element that
     * shows it is there and usable.
     */
    private record View(String name, String user, String path, String tab, By mainContent) {

        View(String name, String user, String path, By mainContent) {
            this(name, user, path, null, mainContent);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_main_view_has_no_serious_accessibility_violation_and_fits_at_desktop_and_tablet_size() {
        Reviews states = prepare();
        List<View> views = List.of(
                new View("login", null, "/login", By.cssSelector("vaadin-login-form vaadin-button[slot=submit]")),
                new View("home", "coordinator", "/home", By.id("home-stages-chart")),
                new View("inbox-assessor", "assessor1", "/", By.id("inbox-grid")),
                new View("inbox-coordinator", "coordinator", "/", By.id("inbox-grid")),
                new View("reviews", "coordinator", "/reviews", By.id("start-review")),
                new View("findings", "coordinator", "/findings?type=RECOMMENDATION", By.id("findings-grid")),
                new View("review-workspace", "coordinator", "/reviews/" + CURRENT_REVIEW, By.id("review-status")),
                new View("review-assessments", "coordinator", "/reviews/" + PUBLISHED_REVIEW, "Assessments",
                        By.id("review-assessments")),
                new View("review-findings", "coordinator", "/reviews/" + PUBLISHED_REVIEW, "Findings",
                        By.id("review-findings")),
                new View("review-sign-off", "coordinator", "/reviews/" + PUBLISHED_REVIEW, "Sign-off",
                        By.id("review-sign-offs")),
                new View("review-timeline", "coordinator", "/reviews/" + PUBLISHED_REVIEW, "Timeline",
                        By.id("review-timeline")),
                new View("review-follow-ups", "coordinator", "/reviews/" + CURRENT_REVIEW, "Follow-ups",
                        By.id("review-follow-ups")),
                new View("compare-reviews", "coordinator",
                        "/" + CompareReviewsView.route(PUBLISHED_REVIEW, CURRENT_REVIEW), By.id("compare-scores")),
                new View("follow-ups", "coordinator", "/follow-ups", By.id("follow-ups-grid")),
                new View("follow-ups-observer", "observer", "/follow-ups", By.id("follow-ups-grid")),
                new View("home-approver", "approver", "/home", By.id("home-follow-ups")),
                new View("published-review-report", "observer", "/reviews/" + PUBLISHED_REVIEW, "Report",
                        By.id("report-panel")),
                new View("plan-visit", "coordinator", taskRoute("coordinator", CURRENT_REVIEW, ReviewProcess.PLAN_VISIT),
                        By.id("plan-visit-complete")),
                new View("assess-institution", "assessor1",
                        taskRoute("assessor1", states.assessing(), ReviewProcess.ASSESS_INSTITUTION),
                        By.id("assessment-submit")),
                new View("consolidate-findings", "coordinator",
                        taskRoute("coordinator", states.consolidating(), ReviewProcess.CONSOLIDATE_FINDINGS),
                        By.id("consolidation-complete")),
                new View("sign-off-findings", "approver",
                        taskRoute("approver", states.signingOff(), ReviewProcess.SIGN_OFF_FINDINGS),
                        By.id("sign-off-approve")),
                new View("audit-log", "admin", "/audit", By.id("audit-log")),
                new View("partnerships", "coordinator", "/partnerships", By.id("add-institution")),
                new View("users", "admin", "/users", By.id("user-create")));
        Map<String, WebDriver> browserOf = new HashMap<>();
        return views.stream().flatMap(view -> SIZES.stream().map(size -> {
            String shot = view.name() + "-" + size[0] + "x" + size[1];
            return DynamicTest.dynamicTest(shot, () -> {
                WebDriver driver = browserOf.get(view.user());
                if (driver == null) {
                    driver = openBrowser(size[0], size[1]);
                    browserOf.put(view.user(), driver);
                    if (view.user() != null) {
                        signIn(driver, view.user());
                        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("main-nav")));
                    }
                }
                resize(driver, size[0], size[1]);
                checkView(driver, view, shot);
            });
        }));
    }

    private void checkView(WebDriver driver, View view, String shot) throws IOException {
        driver.get(url(view.path()));
        WebElement main;
        try {
            waitUntilVaadinIsIdle(driver);
            if (view.tab() != null) {
                // at tablet size the last tabs are scrolled out of the tab strip, as Vaadin's tabs do
                WebElement tab = await(driver, ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//vaadin-tab[normalize-space(.)='" + view.tab() + "']")));
                ((JavascriptExecutor) driver).executeScript(
                        "arguments[0].scrollIntoView({block: 'nearest', inline: 'center'});", tab);
                await(driver, ExpectedConditions.elementToBeClickable(tab)).click();
            }
            main = await(driver, ExpectedConditions.visibilityOfElementLocated(view.mainContent()));
            waitUntilVaadinIsIdle(driver);
        } catch (TimeoutException e) {
            screenshot(driver, shot + "-failed.png");
            throw e;
        }
        screenshot(driver, shot + ".png");

        assertThat(seriousAccessibilityViolations(driver))
                .as("serious or critical accessibility violations on %s", shot)
                .isEmpty();
        assertThat(sidewaysOverflow(driver)).as("%s scrolls sideways", shot).isNull();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", main);
        assertThat(fitsSideways(driver, main)).as("%s: %s within the window's width", shot, view.mainContent())
                .isTrue();
    }

    @Test
    void an_assessor_completes_and_submits_the_assessment_form_with_the_keyboard_alone() throws IOException {
        Reviews states = prepare();
        WebDriver driver = openBrowser();
        String route = taskRoute("assessor2", states.assessing(), ReviewProcess.ASSESS_INSTITUTION);
        String taskId = route.substring(route.lastIndexOf('/') + 1);
        signIn(driver, "assessor2");
        WebElement tasks = await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
        await(driver, rowStartingWith(tasks, "Assess institution"));

        try {
            // into the inbox's rows, to the last cell of the task's row, into its buttons, and open it
            tabUntil(driver, "a row of the inbox", """
                    const grid = document.getElementById('inbox-grid');
                    const cell = grid && document.activeElement === grid && grid.shadowRoot.activeElement;
                    return !!(cell && cell.closest('#items'));
                    """);
            press(driver, Keys.END);
            press(driver, Keys.ENTER);
            tabTo(driver, "open-" + taskId);
            press(driver, Keys.ENTER);
            await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("assessment-submit")));
            waitUntilVaadinIsIdle(driver);
        } catch (RuntimeException | AssertionError e) {
            screenshot(driver, "assessment-by-keyboard-failed.png");
            throw e;
        }
        List<String> criteria = driver.findElements(By.cssSelector("vaadin-select[id^=score-]")).stream()
                .map(select -> select.getAttribute("id").substring("score-".length()))
                .toList();
        assertThat(criteria).isNotEmpty();

        try {
            for (String criterion : criteria) {
                tabTo(driver, "score-" + criterion);
                // a closed select opens on the down arrow; the list starts at "Not scored yet", then 1 … 5
                press(driver, Keys.ARROW_DOWN);
                await(driver, focusOnAnItemOfTheOpenList());
                press(driver, Keys.HOME);
                for (int i = 0; i < 4; i++) {
                    press(driver, Keys.ARROW_DOWN);
                }
                press(driver, Keys.ENTER);
                await(driver, selectShows("score-" + criterion, "4"));
                press(driver, Keys.TAB);
                assertFocusIn(driver, "rationale-" + criterion);
                type(driver, "Seen in the laboratories and in the records the host provided.");
            }
            tabTo(driver, "assessment-narrative");
            type(driver, "The delegation met the director and the researchers taking part in CERN experiments.");
            tabTo(driver, "assessment-submit");
            press(driver, Keys.ENTER);
            await(driver, notificationSaying("Assessment submitted"));
            await(driver, ExpectedConditions.titleContains("Inbox"));
        } catch (RuntimeException | AssertionError e) {
            screenshot(driver, "assessment-by-keyboard-failed.png");
            throw e;
        }
        screenshot(driver, "assessment-by-keyboard-submitted.png");
    }

    /** Presses Tab until the focus is inside the element {@code id}, failing if it never gets there. */
    private static void tabTo(WebDriver driver, String id) {
        tabUntil(driver, "#" + id, FOCUS_IN, id);
    }

    /** Presses Tab until {@code focused} (a script) answers true, failing if it never does. */
    private static void tabUntil(WebDriver driver, String what, String focused, Object... arguments) {
        for (int i = 0; i < 150; i++) {
            if (Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(focused, arguments))) {
                return;
            }
            press(driver, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + what + "; focus is on " + describeFocus(driver));
    }

    private static void assertFocusIn(WebDriver driver, String id) {
        assertThat(focusIsIn(driver, id)).as("focus in #%s, not on %s", id, describeFocus(driver)).isTrue();
    }

    private static boolean focusIsIn(WebDriver driver, String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(FOCUS_IN, id));
    }

    private static String describeFocus(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(FOCUSED
                .replace("return focused;", "return focused ? focused.outerHTML.slice(0, 200) : 'nothing';")));
    }

    private static void press(WebDriver driver, Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static void type(WebDriver driver, String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    private static ExpectedCondition<Object> notificationSaying(String text) {
        return ExpectedConditions.jsReturnsValue("""
                return [...document.querySelectorAll('vaadin-notification-card')]
                    .some(card => card.textContent.includes(arguments[0])) || null;
                """.replace("arguments[0]", "'" + text + "'"));
    }

    private static ExpectedCondition<Object> focusOnAnItemOfTheOpenList() {
        return ExpectedConditions.jsReturnsValue(FOCUSED.replace("return focused;",
                "return (focused && focused.localName === 'vaadin-select-item') || null;"));
    }

    private static ExpectedCondition<Object> selectShows(String id, String label) {
        return ExpectedConditions.jsReturnsValue("""
                const button = document.getElementById('%s').querySelector('vaadin-select-value-button');
                return (button && button.textContent.trim() === '%s') || null;
                """.formatted(id, label));
    }

    private static boolean fitsSideways(WebDriver driver, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return box.width > 0 && box.left >= -1 && box.right <= window.innerWidth + 1;
                """, element));
    }

    /** The address of the first task {@code key} of the review that {@code user} has in their inbox. */
    private String taskRoute(String user, String referenceCode, String key) {
        return acting.as(user, () -> inbox.page(0, 200).stream()
                .filter(t -> t.reviewCode().equals(referenceCode) && t.route().contains("/" + key + "/"))
                .map(InboxItem::route)
                .map(route -> route.startsWith("/") ? route : "/" + route)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + key + " task of " + referenceCode + " for " + user)));
    }

    /**
     * A partnership of its own with three reviews: one whose assessments are under way, one
     * waiting to be consolidated and one waiting for sign-off. That is setup, through the services
     * as the demo data does it, not what is tested.
     */
    private synchronized Reviews prepare() {
        if (prepared == null) {
            PartnershipSummary partnership = scenario.createPartnership("Review states for the accessibility check", "AX");
            ReviewSummary assessing = start(partnership, 2026);
            ReviewSummary consolidating = start(partnership, 2027);
            scenario.submitAllAssessments(consolidating, 3);
            ReviewSummary signingOff = start(partnership, 2028);
            scenario.submitAllAssessments(signingOff, 4);
            scenario.consolidate(signingOff);
            prepared = new Reviews(assessing.referenceCode(), consolidating.referenceCode(),
                    signingOff.referenceCode());
        }
        return prepared;
    }

    private ReviewSummary start(PartnershipSummary partnership, int year) {
        ReviewSummary review = scenario.startReview(partnership, year, "Associate membership review " + year,
                "Assess the effectiveness of the collaboration and identify areas for further integration.");
        scenario.draftPlan(review, LocalDate.of(year, 8, 24), true);
        return review;
    }
}
