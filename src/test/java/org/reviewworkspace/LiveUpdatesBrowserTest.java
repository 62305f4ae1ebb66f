package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.PushConnection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two people on the 2025 review at once, in two real browsers side by side: the coordinator
 * watches the assessments while the delegation lead works; what the lead does appears on the
 * coordinator's screen by server push, without a reload, and each sees who else has it open.
 * When the push connection drops, the browser reconnects by itself and then receives what
 * changed meanwhile.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LiveUpdatesBrowserTest extends BrowserTestSupport {

    private static final String REFERENCE_CODE = "REV-2025-PK-01";
    /** What "without reload, within a few seconds" means here; the pushed refresh waits 200 ms for bursts. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    /** Vaadin's client waits a few seconds before it reconnects a dropped push connection. */
    private static final Duration AFTER_RECONNECTING = Duration.ofSeconds(30);
    private static final String AVATAR_NAMES = """
            const items = arguments[0].items;
            return items ? items.map(i => i.name) : [];
            """;

    @Autowired ReferenceScenario scenario;
    @Autowired ReviewService reviews;
    @Autowired Acting acting;
    @Autowired InboxService inbox;
    @Autowired AssessmentService assessments;

    @Test
    void the_coordinator_sees_an_assessment_submitted_by_the_lead_without_reloading_and_both_see_each_other()
            throws Exception {
        scenario.draftPlan(reviews.byReferenceCode(REFERENCE_CODE), LocalDate.of(2025, 8, 24), true);
        WebDriver coordinator = openBrowser();
        WebDriver lead = openBrowser();

        signIn(coordinator, "coordinator");
        await(coordinator, ExpectedConditions.titleContains("Inbox"));
        coordinator.get(url("/reviews/" + REFERENCE_CODE));
        WebElement progress = openAssessmentsTab(coordinator);
        List<List<String>> before = await(coordinator, rowsShown(progress, 6));
        assertThat(before).noneMatch(row -> row.contains("Submitted"));

        signIn(lead, "lead");
        await(lead, ExpectedConditions.titleContains("Inbox"));
        lead.get(url("/reviews/" + REFERENCE_CODE));
        try {
            await(coordinator, PROMPTLY, presenceShows("Review coordinator", "Delegation lead"));
            await(lead, PROMPTLY, presenceShows("Review coordinator", "Delegation lead"));
        } catch (TimeoutException e) {
            screenshot(coordinator, "live-presence-coordinator-failed.png");
            screenshot(lead, "live-presence-lead-failed.png");
            throw e;
        }
        screenshot(lead, "live-presence-lead.png");

        InboxItem submitted = AssessmentFixtures.submitFirstAssessment(acting, inbox, assessments, "lead",
                REFERENCE_CODE);

        List<String> row;
        try {
            row = await(coordinator, PROMPTLY, submittedRowOf(progress, submitted.institution()));
        } catch (TimeoutException e) {
            screenshot(coordinator, "live-assessments-coordinator-failed.png");
            throw e;
        }
        screenshot(coordinator, "live-assessments-coordinator.png");
        assertThat(row).contains("Delegation lead");
        assertThat(row.get(3)).startsWith("Submitted ");

        // the lead goes back to the inbox: the page they leave tells the server it is gone
        lead.get(url("/"));
        try {
            await(coordinator, PROMPTLY, presenceShows("Review coordinator"));
        } catch (TimeoutException e) {
            screenshot(coordinator, "live-presence-after-leaving-failed.png");
            throw e;
        }

        // the coordinator's push connection drops (a proxy timeout, a network blip) just before
        // the lead submits again: the client reconnects by itself and the change arrives then
        assertThat(dropPushConnections()).as("push connections dropped").isPositive();
        InboxItem second = AssessmentFixtures.submitFirstAssessment(acting, inbox, assessments, "lead",
                REFERENCE_CODE);
        try {
            await(coordinator, AFTER_RECONNECTING, submittedRowOf(progress, second.institution()));
        } catch (TimeoutException e) {
            screenshot(coordinator, "live-after-reconnect-failed.png");
            throw e;
        }
        screenshot(coordinator, "live-after-reconnect.png");
    }

    /** Closes, from the server's side, the push connection of every open tab; returns how many it closed. */
    private static int dropPushConnections() throws Exception {
        AtomicInteger dropped = new AtomicInteger();
        for (UI ui : EveryTab.OPENED) {
            try {
                ui.access(() -> {
                    PushConnection push = ui.getInternals().getPushConnection();
                    if (push != null && push.isConnected()) {
                        push.disconnect();
                        dropped.incrementAndGet();
                    }
                }).get(10, TimeUnit.SECONDS);
            } catch (UIDetachedException e) {
                // a page already left, such as the login page
            }
        }
        return dropped.get();
    }

    /** Keeps every tab (Vaadin UI) the browsers open, so that the test can cut their push connections. */
    @TestConfiguration
    static class EveryTab {

        static final Queue<UI> OPENED = new ConcurrentLinkedQueue<>();

        @Bean
        VaadinServiceInitListener keepingEveryTab() {
            return event -> event.getSource().addUIInitListener(init -> OPENED.add(init.getUI()));
        }
    }

    private WebElement openAssessmentsTab(WebDriver driver) {
        WebElement tab = await(driver, ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-tab[normalize-space(.)='Assessments']")));
        tab.click();
        return await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("review-assessments")));
    }

    private static ExpectedCondition<List<List<String>>> rowsShown(WebElement grid, int count) {
        return new ExpectedCondition<>() {
            private List<List<String>> shown = List.of();

            @Override
            public List<List<String>> apply(WebDriver d) {
                shown = gridRows(d, grid);
                return shown.size() == count ? shown : null;
            }

            @Override
            public String toString() {
                return count + " rows; shown: " + shown;
            }
        };
    }

    private static ExpectedCondition<List<String>> submittedRowOf(WebElement grid, String institution) {
        return new ExpectedCondition<>() {
            private List<List<String>> shown = List.of();

            @Override
            public List<String> apply(WebDriver d) {
                shown = gridRows(d, grid);
                return shown.stream().filter(r -> r.size() > 2 && r.get(0).equals(institution)
                        && r.get(2).equals("Submitted")).findFirst().orElse(null);
            }

            @Override
            public String toString() {
                return institution + " shown as submitted; rows shown: " + shown;
            }
        };
    }

    /** The presence avatars name exactly these people. */
    private static ExpectedCondition<Boolean> presenceShows(String... people) {
        return new ExpectedCondition<>() {
            private Object shown;

            @Override
            public Boolean apply(WebDriver d) {
                List<WebElement> groups = d.findElements(By.id("workspace-presence"));
                if (groups.isEmpty()) {
                    return false;
                }
                shown = ((JavascriptExecutor) d).executeScript(AVATAR_NAMES, groups.get(0));
                return shown instanceof List<?> names && names.size() == people.length
                        && names.containsAll(List.of(people));
            }

            @Override
            public String toString() {
                return "avatars of " + List.of(people) + "; shown: " + shown;
            }
        };
    }
}
