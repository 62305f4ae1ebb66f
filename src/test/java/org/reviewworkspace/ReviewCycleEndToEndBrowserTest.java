package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewworkspace.ScenarioPages.choose;
import static org.reviewworkspace.ScenarioPages.click;
import static org.reviewworkspace.ScenarioPages.inbox;
import static org.reviewworkspace.ScenarioPages.inboxWithout;
import static org.reviewworkspace.ScenarioPages.notification;
import static org.reviewworkspace.ScenarioPages.openTab;
import static org.reviewworkspace.ScenarioPages.openTask;
import static org.reviewworkspace.ScenarioPages.type;
import static org.reviewworkspace.ScenarioPages.typeDate;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The whole 2025 review of the reference scenario through the screens, each person in a browser
 * of their own: the coordinator completes the drafted plan; the lead and the four members assess
 * their six institutions; the coordinator consolidates; the approver requests changes, the
 * coordinator revises, the approver approves; the review is published with its PDF report, its
 * timeline and its process diagram; the partnership's observer downloads the report and the
 * administrator finds the decisions in an intact audit trail. Screenshots of each stage go to
 * {@code target/screenshots/e2e-<nn>-<stage>.png}, and of every open browser when a step fails.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
// the review ends published: tests that expect it waiting at "Plan visit" get a fresh application
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReviewCycleEndToEndBrowserTest extends BrowserTestSupport {

    private static final String REVIEW = "REV-2025-PK-01";
    private static final String PLAN_VISIT = "Plan visit";
    private static final String ASSESS = "Assess institution";
    private static final String CONSOLIDATE = "Consolidate findings";
    private static final String SIGN_OFF = "Sign off findings";
    /** Who assesses what, as the drafted plan assigns it; the lead has two. */
    private static final Map<String, List<String>> ASSESSMENTS = new LinkedHashMap<>();

    static {
        ASSESSMENTS.put("lead", List.of("NCP", "NILOP"));
        ASSESSMENTS.put("assessor1", List.of("HMC-3"));
        ASSESSMENTS.put("assessor2", List.of("PIEAS"));
        ASSESSMENTS.put("assessor3", List.of("PINSTECH"));
        ASSESSMENTS.put("assessor4", List.of("INMOL"));
    }

    private static final String CHANGES_ASKED = "Name the office at PAEC that owns each recommendation.";
    private static final String REVISION = " The Directorate of Industry at PAEC keeps the list of suppliers.";

    /** The rendered body rows of a grid, each its index followed by the texts of its cells. */
    private static final String ROWS_BY_INDEX = """
            return [...arguments[0].shadowRoot.querySelectorAll('#items tr')]
                .filter(row => !row.hidden && typeof row.index === 'number')
                .map(row => [row.index, ...[...row.querySelectorAll('td slot')]
                    .map(slot => slot.assignedElements().map(e => e.textContent.trim()).join(' '))]);
            """;

    /** The browsers open at the moment, by user, for screenshots when a step fails. */
    private final Map<String, WebDriver> open = new LinkedHashMap<>();
    private int stage;

    @Test
    void the_2025_review_goes_from_plan_to_published_report_through_the_screens_of_every_role() throws Exception {
        try {
            WebDriver coordinator = signedIn("coordinator");
            DateTimeFormatter dates = coordinatorCompletesTheDraftedPlan(coordinator);
            quit("coordinator");

            for (Map.Entry<String, List<String>> assessor : ASSESSMENTS.entrySet()) {
                assessorSubmits(assessor.getKey(), assessor.getValue());
            }

            coordinator = signedIn("coordinator");
            coordinatorConsolidatesAndSendsForSignOff(coordinator, dates);

            WebDriver approver = signedIn("approver");
            approverRequestsChanges(approver);

            coordinatorRevisesAndSendsAgain(coordinator);

            approverApproves(approver);
            quit("approver");

            theReviewIsPublishedWithReportTimelineAndDiagram(coordinator);
            quit("coordinator");

            observerReadsThePublishedReport(signedIn("observer"));
            quit("observer");

            adminFindsTheDecisionsInAnIntactAuditTrail(signedIn("admin"));
        } catch (Exception | AssertionError e) {
            for (Map.Entry<String, WebDriver> browser : open.entrySet()) {
                screenshot(browser.getValue(), "e2e-failed-" + browser.getKey() + ".png");
            }
            throw e;
        }
    }

    /** Step 1: "Plan visit" from the inbox, already drafted (24–28 August 2025), completed as it is. */
    private DateTimeFormatter coordinatorCompletesTheDraftedPlan(WebDriver coordinator) throws IOException {
        openTask(coordinator, PLAN_VISIT, null);
        WebElement location = await(coordinator, ExpectedConditions.visibilityOfElementLocated(By.id("plan-location")));
        assertThat(location.getDomProperty("value")).isEqualTo("Islamabad, Lahore and Taxila, Pakistan");
        LocalDate firstDay = LocalDate.of(2025, 8, 24);
        DateTimeFormatter dates = ScenarioPages.dateFormatOf(coordinator, "plan-start", firstDay);
        assertThat(LocalDate.parse(inputValue(coordinator, "plan-end"), dates)).isEqualTo(firstDay.plusDays(4));
        assertThat(coordinator.findElements(By.cssSelector("vaadin-checkbox[id^='plan-institution-']")))
                .as("the six institutions, each ticked").hasSize(6)
                .allSatisfy(institution -> assertThat(institution.getDomProperty("checked")).isEqualTo("true"));
        shot(coordinator, "plan-visit");

        complete(coordinator, "plan-visit-complete", "Visit planned; the assessments have begun", PLAN_VISIT, null);
        shot(coordinator, "planned");
        return dates;
    }

    /**
     * Step 2: an assessor finds each assessment in the inbox, opens the first from the notification
     * "You have a new task", fills each in completely and submits it; the inbox then no longer lists it.
     */
    private void assessorSubmits(String assessor, List<String> institutions) throws IOException {
        WebDriver driver = signedIn(assessor);
        WebElement inbox = inbox(driver);
        for (String institution : institutions) {
            await(driver, d -> ScenarioPages.buttonOfRow(d, inbox, ASSESS, institution, "open-"));
        }
        String first = institutions.get(0);
        ScenarioPages.openNotification(driver, "You have a new task: " + ASSESS + " \u2014 " + first
                + " (" + REVIEW + ")");
        await(driver, ExpectedConditions.titleContains(ASSESS));
        for (String institution : institutions) {
            if (!institution.equals(first)) {
                openTask(driver, ASSESS, institution);
            }
            await(driver, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"),
                    "Assess " + institution));
            fillInAssessment(driver, institution);
            if (institution.equals("NCP")) {
                shot(driver, "assessment-NCP-filled");
            }
            complete(driver, "assessment-submit", "Assessment submitted", ASSESS, institution);
        }
        shot(driver, "inbox-" + assessor + "-done");
        quit(assessor);
    }

    /** Every criterion scored with its reasons, a narrative and one recommendation. */
    private static void fillInAssessment(WebDriver driver, String institution) {
        List<String> criteria = driver.findElements(By.cssSelector("vaadin-select[id^='score-']")).stream()
                .map(select -> select.getDomAttribute("id").substring("score-".length())).toList();
        assertThat(criteria).as("criteria of the review").hasSizeGreaterThanOrEqualTo(5);
        int i = 0;
        for (String criterion : criteria) {
            choose(driver, "score-" + criterion, String.valueOf(3 + i++ % 2));
            type(driver, "rationale-" + criterion, "Observed during the visit to " + institution
                    + " and in the documents the host provided.");
        }
        type(driver, "assessment-narrative", "The delegation met the management and research staff of "
                + institution + " and toured its facilities.");
        click(driver, "assessment-add-finding");
        await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("finding-statement-0")));
        type(driver, "finding-statement-0", institution
                + " should widen the participation of local firms in supplying components.");
    }

    /** Step 3: every recommendation gets an owner and a target date; the set goes to the approver. */
    private void coordinatorConsolidatesAndSendsForSignOff(WebDriver coordinator, DateTimeFormatter dates)
            throws IOException {
        claimAndOpen(coordinator, CONSOLIDATE);
        await(coordinator, ExpectedConditions.visibilityOfElementLocated(By.id("consolidation-findings")));
        List<String> owners = visibleIds(coordinator, "vaadin-text-field[id^='consolidation-owner-']");
        assertThat(owners).as("one recommendation per assessment").hasSize(6);
        LocalDate target = LocalDate.now().plusYears(1).withMonth(12).withDayOfMonth(15);
        for (String owner : owners) {
            String index = owner.substring("consolidation-owner-".length());
            type(coordinator, owner, "Institute management, with PAEC");
            typeDate(coordinator, "consolidation-target-date-" + index, target, dates);
        }
        waitUntilVaadinIsIdle(coordinator);
        shot(coordinator, "consolidation");
        complete(coordinator, "consolidation-complete", "Findings sent for sign-off", CONSOLIDATE, null);
    }

    /** Step 4a: the approver reads the set and asks for changes, with a reason. */
    private void approverRequestsChanges(WebDriver approver) throws IOException {
        claimAndOpen(approver, SIGN_OFF);
        await(approver, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "round 1"));
        assertThat(approver.findElement(By.id("sign-off-findings")).getText())
                .contains("NCP should widen the participation of local firms");
        type(approver, "sign-off-rationale", CHANGES_ASKED);
        shot(approver, "sign-off-round-1");
        complete(approver, "sign-off-request-changes", "Decision recorded: Changes requested", SIGN_OFF, null);
    }

    /** Step 4b: the coordinator sees the request, revises a finding and sends the set again. */
    private void coordinatorRevisesAndSendsAgain(WebDriver coordinator) throws IOException {
        // the coordinator's inbox, open since the set went out, shows the task again without a reload
        await(coordinator, rowStartingWith(inbox(coordinator), CONSOLIDATE));
        coordinator.get(url("/reviews/" + REVIEW));
        await(coordinator, ExpectedConditions.textToBePresentInElementLocated(By.id("review-status"),
                "Changes requested"));
        coordinator.get(url("/"));
        claimAndOpen(coordinator, CONSOLIDATE);
        WebElement requested = await(coordinator, ExpectedConditions.visibilityOfElementLocated(
                By.id("consolidation-requested-changes")));
        assertThat(requested.getText()).contains("The approver asked for changes", CHANGES_ASKED);
        type(coordinator, "consolidation-statement-0", REVISION);
        waitUntilVaadinIsIdle(coordinator);
        shot(coordinator, "changes-requested");
        complete(coordinator, "consolidation-complete", "Findings sent for sign-off", CONSOLIDATE, null);
    }

    /** Step 5: round 2 shows what changed; the approver approves and the review is published. */
    private void approverApproves(WebDriver approver) throws IOException {
        approver.get(url("/"));
        claimAndOpen(approver, SIGN_OFF);
        await(approver, ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), "round 2"));
        assertThat(approver.findElement(By.id("sign-off-changes")).getText()).contains("1 revised");
        assertThat(approver.findElement(By.id("sign-off-history")).getText())
                .contains("Round 1: Changes requested", CHANGES_ASKED);
        assertThat(approver.findElement(By.id("sign-off-findings")).getText()).contains(REVISION.strip());
        shot(approver, "sign-off-round-2");
        complete(approver, "sign-off-approve", "Decision recorded: Approved", SIGN_OFF, null);
    }

    /** Step 6: published; the PDF downloads; the timeline tells the story; the diagram shows the path. */
    private void theReviewIsPublishedWithReportTimelineAndDiagram(WebDriver coordinator) throws Exception {
        coordinator.get(url("/reviews/" + REVIEW));
        await(coordinator, ExpectedConditions.textToBePresentInElementLocated(By.id("review-status"), "Published"));
        Map<String, Object> diagram = await(coordinator, processDiagramPassed("PublishReport"));
        assertThat(completed(diagram)).contains("PlanVisit", "AssessInstitution", "ConsolidateFindings",
                "SignOffFindings", "PublishReport", "ReviewPublished");
        assertThat(diagram.get("current")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        assertThat((String) diagram.get("label")).startsWith("Process: ended at Review published; passed Plan visit");
        assertThat(diagram.get("badges")).asInstanceOf(InstanceOfAssertFactories.map(String.class, String.class))
                .containsEntry("AssessInstitution", "\u00d76").containsEntry("SignOffFindings", "\u00d72")
                .containsEntry("ConsolidateFindings", "\u00d72");
        ScenarioPages.scrollIntoView(coordinator, coordinator.findElement(By.tagName("process-diagram")));
        shot(coordinator, "published-overview");

        theReportTabDownloadsThePdf(coordinator);
        shot(coordinator, "report");

        openTab(coordinator, "Assessments");
        WebElement assessments = await(coordinator, ExpectedConditions.visibilityOfElementLocated(
                By.id("review-assessments")));
        List<List<String>> progress = await(coordinator, d -> {
            List<List<String>> rows = gridRows(d, assessments);
            return rows.size() == 6 ? rows : null;
        });
        assertThat(progress).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Submitted"));
        assertThat(progress).extracting(row -> row.get(0))
                .containsExactlyInAnyOrder("NCP", "HMC-3", "PIEAS", "PINSTECH", "INMOL", "NILOP");

        openTab(coordinator, "Timeline");
        WebElement timeline = await(coordinator, ExpectedConditions.visibilityOfElementLocated(
                By.id("review-timeline")));
        List<String> story = wholeTimeline(coordinator, timeline);
        ((JavascriptExecutor) coordinator).executeScript("arguments[0].scrollToIndex(0);", timeline);
        shot(coordinator, "timeline");
        // newest first: approval, the revision, the request for changes, consolidation, assessments, plan
        lineOf(story, "Sign-off and report | The report of " + REVIEW + " was published");
        int approved = lineOf(story, "Approver approved the findings in round 2");
        int revised = lineOf(story, "Review coordinator edited the findings: revised #");
        int changesRequested = lineOf(story, "Approver requested changes in round 1: " + CHANGES_ASKED);
        int consolidated = lastLineOf(story, "Review coordinator consolidated 6 findings and sent them for sign-off");
        int planned = lineOf(story, "Review coordinator completed the visit plan: 6 institutions from 2025-08-24 to "
                + "2025-08-28");
        assertThat(List.of(approved, revised, changesRequested, consolidated, planned))
                .as("positions in the timeline, newest first").isSorted();
        assertThat(story).filteredOn(line -> line.contains("consolidated 6 findings and sent them for sign-off"))
                .as("sent for sign-off twice").hasSize(2);
        for (String institution : List.of("NCP", "HMC-3", "PIEAS", "PINSTECH", "INMOL", "NILOP")) {
            int submitted = lineOf(story, " submitted the " + institution + " assessment");
            assertThat(submitted).as(institution + " submitted between planning and consolidation")
                    .isBetween(consolidated, planned);
        }
        assertThat(story).anyMatch(line -> line.endsWith("Review moved from Awaiting sign-off to Changes requested"))
                .anyMatch(line -> line.endsWith("Review moved from Awaiting sign-off to Published"));
    }

    /** Step 7: the partnership's observer reads the published review and downloads its report. */
    private void observerReadsThePublishedReport(WebDriver observer) throws Exception {
        observer.get(url("/reviews/" + REVIEW));
        await(observer, ExpectedConditions.textToBePresentInElementLocated(By.id("review-status"), "Published"));
        theReportTabDownloadsThePdf(observer);
        shot(observer, "observer-report");
    }

    /** Step 8: the administrator finds the sign-off decisions, newest first, in an audit trail that verifies. */
    private void adminFindsTheDecisionsInAnIntactAuditTrail(WebDriver admin) throws IOException {
        admin.get(url("/audit"));
        WebElement log = await(admin, ExpectedConditions.visibilityOfElementLocated(By.id("audit-log")));
        type(admin, "audit-filter-action", "signoff.*");
        type(admin, "audit-filter-review", REVIEW);
        List<List<String>> decisions = await(admin, d -> {
            List<List<String>> rows = gridRows(d, log);
            return rows.size() >= 2 && rows.stream().allMatch(row -> row.get(4).equals(REVIEW)) ? rows : null;
        });
        assertThat(decisions).allSatisfy(row -> assertThat(row.get(3)).startsWith("signoff."));
        assertThat(decisions).anySatisfy(row -> assertThat(row.get(6)).containsIgnoringCase("approved"))
                .anySatisfy(row -> assertThat(row.get(6)).containsIgnoringCase("changes"));
        shot(admin, "audit-log");
        admin.get(url("/audit/verify"));
        click(admin, "audit-verify");
        WebElement outcome = await(admin, ExpectedConditions.visibilityOfElementLocated(By.id("audit-verify-outcome")));
        await(admin, d -> !outcome.getText().isBlank());
        assertThat(outcome.getText()).startsWith("Intact");
        shot(admin, "audit-intact");
    }

    // --- the people and their browsers ---

    private WebDriver signedIn(String username) throws IOException {
        WebDriver driver = openBrowser();
        open.put(username, driver);
        signIn(driver, username);
        inbox(driver);
        return driver;
    }

    private void quit(String username) {
        WebDriver driver = open.remove(username);
        if (driver != null) {
            driver.quit();
        }
    }

    private void shot(WebDriver driver, String name) throws IOException {
        waitUntilVaadinIsIdle(driver);
        screenshot(driver, String.format("e2e-%02d-%s.png", ++stage, name));
    }

    /**
     * Presses the button that completes the task, sees it confirmed, and is back in the inbox,
     * which no longer lists the task (of this institution, unless {@code null}).
     */
    private static void complete(WebDriver driver, String buttonId, String confirmation, String task,
                                 String institution) {
        click(driver, buttonId);
        notification(driver, confirmation);
        await(driver, inboxWithout(task, institution));
    }

    /** Tasks offered to several people (consolidation, sign-off) are claimed before they are opened. */
    private static void claimAndOpen(WebDriver driver, String task) {
        WebElement grid = inbox(driver);
        await(driver, rowStartingWith(grid, task));
        if (ScenarioPages.buttonOfRow(driver, grid, task, null, "claim-") != null) {
            await(driver, ScenarioPages.clickInRow(grid, task, null, "claim-"));
            notification(driver, "You now hold");
        }
        openTask(driver, task, null);
    }

    private static String inputValue(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).findElement(By.cssSelector("input")).getDomProperty("value");
    }

    private static List<String> visibleIds(WebDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getDomAttribute("id")).toList();
    }

    /** The Report tab's "Download PDF" link answers a PDF to this browser's signed-in user. */
    private static void theReportTabDownloadsThePdf(WebDriver driver) throws Exception {
        openTab(driver, "Report");
        WebElement download = await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("report-download-pdf")));
        assertThat(download.getText()).isEqualTo("Download PDF");
        HttpResponse<byte[]> pdf = getWithCookiesOf(driver, download.getDomProperty("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** A GET as the signed-in user of {@code driver}: with the cookies of that browser. */
    private static HttpResponse<byte[]> getWithCookiesOf(WebDriver driver, String href) throws Exception {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every line of the timeline, newest first, scrolling through it as a reader would. */
    private static List<String> wholeTimeline(WebDriver driver, WebElement grid) {
        await(driver, d -> !gridRows(d, grid).isEmpty());
        long size = ((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].size;", grid))
                .longValue();
        Map<Long, String> lines = new TreeMap<>();
        for (long index = 0; index < size; index += 10) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(arguments[1]);", grid, index);
            lines.putAll(await(driver, loadedRowsByIndex(grid)));
        }
        assertThat(lines).as("every line of the timeline read").hasSize((int) size);
        return new ArrayList<>(lines.values());
    }

    /** The rendered rows of {@code grid} by their index, cells joined by " | ", once none is still loading. */
    private static ExpectedCondition<Map<Long, String>> loadedRowsByIndex(WebElement grid) {
        return d -> {
            if (!vaadinIsIdle(d)) {
                return null;
            }
            @SuppressWarnings("unchecked")
            List<List<Object>> rows = (List<List<Object>>) ((JavascriptExecutor) d).executeScript(ROWS_BY_INDEX, grid);
            Map<Long, String> byIndex = new TreeMap<>();
            for (List<Object> row : rows) {
                List<String> cells = row.subList(1, row.size()).stream().map(String::valueOf).toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    return null;
                }
                byIndex.put(((Number) row.get(0)).longValue(), String.join(" | ", cells));
            }
            return byIndex.isEmpty() ? null : byIndex;
        };
    }

    /** The position of the last (oldest) timeline line containing {@code text}. */
    private static int lastLineOf(List<String> story, String text) {
        int first = lineOf(story, text);
        for (int i = story.size() - 1; i > first; i--) {
            if (story.get(i).contains(text)) {
                return i;
            }
        }
        return first;
    }

    /** The position of the first (newest) timeline line containing {@code text}. */
    private static int lineOf(List<String> story, String text) {
        for (int i = 0; i < story.size(); i++) {
            if (story.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("No line of the timeline contains \"" + text + "\"; it reads:\n"
                + String.join("\n", story));
    }

    /** The process diagram of the overview, once bpmn-js has drawn it and marked {@code passed} as passed. */
    private static ExpectedCondition<Map<String, Object>> processDiagramPassed(String passed) {
        return new ExpectedCondition<>() {
            private Map<String, Object> shown;

            @Override
            @SuppressWarnings("unchecked")
            public Map<String, Object> apply(WebDriver d) {
                shown = (Map<String, Object>) ((JavascriptExecutor) d).executeScript(ProcessDiagramBrowserTest.DIAGRAM);
                return shown != null && Boolean.TRUE.equals(shown.get("svg")) && completed(shown).contains(passed)
                        ? shown : null;
            }

            @Override
            public String toString() {
                return "the process diagram drawn with " + passed + " passed; shown: " + shown;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> completed(Map<String, Object> diagram) {
        return (List<String>) diagram.get("completed");
    }
}
