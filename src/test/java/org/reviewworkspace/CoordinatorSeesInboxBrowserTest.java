package org.reviewworkspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The coordinator's first minute of the day, in a real (headless) browser against the running app
 * with the demo data: sign in, land on the inbox, find the 2025 review waiting to be planned.
 */
@EnabledIf(value = "chromiumAndChromedriverAreInstalled", disabledReason = BrowserTestSupport.NO_BROWSER)
class CoordinatorSeesInboxBrowserTest extends BrowserTestSupport {

    private static final String COORDINATOR = "coordinator";
    /** The process assigns "Plan visit" to the review's coordinator, so the inbox shows it as theirs. */
    private static final String COORDINATOR_DISPLAY_NAME = "Review coordinator";
    private static final String REFERENCE_CODE = "REV-2025-PK-01";
    private static final String PLAN_VISIT = "Plan visit";

    @Test
    void coordinator_signs_in_and_finds_the_2025_review_waiting_to_be_planned_in_the_inbox() throws IOException {
        WebDriver driver = openBrowser();
        signIn(driver, COORDINATOR);

        List<String> planVisit;
        try {
            WebElement inbox = await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
            planVisit = await(driver, rowStartingWith(inbox, PLAN_VISIT));
        } catch (TimeoutException e) {
            screenshot(driver, "inbox-coordinator-failed.png");
            throw e;
        }
        screenshot(driver, "inbox-coordinator.png");

        assertThat(driver.getTitle()).startsWith("Inbox");
        assertThat(planVisit.get(1)).startsWith(REFERENCE_CODE + " · ");
        assertThat(planVisit).contains(COORDINATOR_DISPLAY_NAME);
    }
}
