package org.reviewworkspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person does on the screens of the review cycle, in the words of the screens: the
 * inbox's rows and their "Open" button, Vaadin's selects, text areas and date pickers, the
 * notifications that confirm an action. Each step waits for what the user would wait for.
 */
final class ScenarioPages {

    /**
     * The button, by the start of its id, of the inbox row with this task and, unless
     * {@code null}, institution; {@code null} while no such row is rendered or it has no such button.
     */
    private static final String BUTTON_OF_ROW = """
            const [grid, task, institution, idPrefix] = arguments;
            for (const row of grid.shadowRoot.querySelectorAll('#items tr')) {
                if (row.hidden) { continue; }
                const cells = [...row.querySelectorAll('td slot')].map(slot => slot.assignedElements()[0]);
                const text = i => cells[i] ? cells[i].textContent.trim() : '';
                if (text(0) === task && (institution === null || text(2) === institution)) {
                    return cells.map(c => c && c.querySelector('vaadin-button[id^="' + idPrefix + '"]')).find(b => b) || null;
                }
            }
            return null;
            """;

    private ScenarioPages() {
    }

    /** The inbox grid, once the inbox page shows it. */
    static WebElement inbox(WebDriver driver) {
        return BrowserTestSupport.await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("inbox-grid")));
    }

    /** Waits until the inbox lists this task (of this institution, unless {@code null}), then opens it. */
    static void openTask(WebDriver driver, String task, String institution) {
        BrowserTestSupport.await(driver, clickInRow(inbox(driver), task, institution, "open-"));
        BrowserTestSupport.await(driver, ExpectedConditions.titleContains(task));
    }

    /**
     * Clicks the button whose id starts with {@code idPrefix} in the inbox row of this task (and
     * institution, unless {@code null}); true once clicked. A row the inbox re-renders meanwhile
     * (someone else's action refreshes it live) is looked up again.
     */
    static ExpectedCondition<Boolean> clickInRow(WebElement grid, String task, String institution, String idPrefix) {
        return new ExpectedCondition<>() {
            private List<List<String>> shown = List.of();

            @Override
            public Boolean apply(WebDriver d) {
                if (!BrowserTestSupport.vaadinIsIdle(d)) {
                    return false;
                }
                shown = BrowserTestSupport.gridRows(d, grid);
                WebElement button = buttonOfRow(d, grid, task, institution, idPrefix);
                if (button == null) {
                    return false;
                }
                try {
                    button.click();
                    return true;
                } catch (StaleElementReferenceException e) {
                    return false;
                }
            }

            @Override
            public String toString() {
                return "an inbox row \"" + task + "\"" + (institution == null ? "" : " of " + institution)
                        + " with a button " + idPrefix + "\u2026; rows shown: " + shown;
            }
        };
    }

    /** The inbox has rendered its rows and none of them is this task (of this institution, unless {@code null}). */
    static ExpectedCondition<Boolean> inboxWithout(String task, String institution) {
        return new ExpectedCondition<>() {
            private List<List<String>> shown = List.of();

            @Override
            public Boolean apply(WebDriver d) {
                List<WebElement> grids = d.findElements(By.id("inbox-grid"));
                List<WebElement> counts = d.findElements(By.id("inbox-count"));
                if (grids.isEmpty() || counts.isEmpty() || counts.get(0).getText().isBlank()
                        || !BrowserTestSupport.vaadinIsIdle(d)) {
                    return false;
                }
                shown = BrowserTestSupport.gridRows(d, grids.get(0));
                return shown.stream().noneMatch(row -> row.size() > 2 && row.get(0).equals(task)
                        && (institution == null || row.get(2).equals(institution)));
            }

            @Override
            public String toString() {
                return "the inbox without \"" + task + "\"" + (institution == null ? "" : " of " + institution)
                        + "; rows shown: " + shown;
            }
        };
    }

    /** The button whose id starts with {@code idPrefix} in the inbox row of this task and institution, or null. */
    static WebElement buttonOfRow(WebDriver driver, WebElement grid, String task, String institution, String idPrefix) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(BUTTON_OF_ROW, grid, task, institution,
                idPrefix);
    }

    /** Opens the select with this id and picks the item labelled {@code label}. */
    static void choose(WebDriver driver, String selectId, String label) {
        WebElement select = driver.findElement(By.id(selectId));
        scrollIntoView(driver, select);
        select.click();
        // not the copy of a chosen item that every select shows in its value button (an earlier score's "3")
        By item = By.xpath("//vaadin-select-item[not(ancestor::vaadin-select-value-button)][normalize-space(.)='"
                + label + "']");
        WebElement shown = BrowserTestSupport.await(driver, d -> d.findElements(item).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        shown.click();
        BrowserTestSupport.await(driver, d -> label.equals(selectedLabel(d, select)));
    }

    private static String selectedLabel(WebDriver driver, WebElement select) {
        List<WebElement> value = select.findElements(By.cssSelector("vaadin-select-value-button"));
        return value.isEmpty() ? null : value.get(0).getText().trim();
    }

    /** Types {@code text} at the end of the text area or field with this id and leaves it, as a user tabs on. */
    static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        scrollIntoView(driver, field);
        WebElement input = field.findElement(By.cssSelector("textarea, input"));
        input.click();
        input.sendKeys(Keys.END, text, Keys.TAB);
    }

    /**
     * Types {@code day} into the date picker with this id in the format the application shows
     * dates to this browser ({@code shown} is how it displays {@code sample}), then leaves it.
     */
    static void typeDate(WebDriver driver, String id, LocalDate day, DateTimeFormatter shown) {
        WebElement picker = driver.findElement(By.id(id));
        scrollIntoView(driver, picker);
        WebElement input = picker.findElement(By.cssSelector("input"));
        input.click();
        input.sendKeys(day.format(shown), Keys.ENTER, Keys.TAB);
    }

    /**
     * The pattern of dates as a date picker shows {@code sample}: learnt from one the application
     * filled in, so typing a date does not depend on the browser's language.
     */
    static DateTimeFormatter dateFormatOf(WebDriver driver, String pickerId, LocalDate sample) {
        String shown = driver.findElement(By.id(pickerId)).findElement(By.cssSelector("input")).getDomProperty("value");
        String year = String.valueOf(sample.getYear());
        String pattern = (shown.contains(year) ? shown.replace(year, "yyyy") : shown.replace(year.substring(2), "yy"))
                .replace(String.format("%02d", sample.getDayOfMonth()), "dd")
                .replace(String.format("%02d", sample.getMonthValue()), "MM")
                .replace(String.valueOf(sample.getDayOfMonth()), "d")
                .replace(String.valueOf(sample.getMonthValue()), "M");
        return DateTimeFormatter.ofPattern(pattern);
    }

    /** Opens the bell's list in the title bar and the notification that starts with {@code title}. */
    static void openNotification(WebDriver driver, String title) {
        BrowserTestSupport.await(driver, ExpectedConditions.visibilityOfElementLocated(By.id("notifications-count")));
        click(driver, "notifications-bell");
        BrowserTestSupport.await(driver, ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='notifications-list']/div[starts-with(normalize-space(.), '" + title + "')]"))).click();
    }

    /** A notification with this text is on screen. */
    static WebElement notification(WebDriver driver, String text) {
        return BrowserTestSupport.await(driver, ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-notification-card[contains(normalize-space(.), '" + text + "')]")));
    }

    static void click(WebDriver driver, String id) {
        WebElement element = BrowserTestSupport.await(driver, ExpectedConditions.elementToBeClickable(By.id(id)));
        scrollIntoView(driver, element);
        element.click();
    }

    /** Brings the tab with this label into view, as a reader scrolls up to it, and selects it. */
    static void openTab(WebDriver driver, String label) {
        WebElement tab = BrowserTestSupport.await(driver, ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-tab[normalize-space(.)='" + label + "']")));
        scrollIntoView(driver, tab);
        BrowserTestSupport.await(driver, ExpectedConditions.elementToBeClickable(tab)).click();
    }

    static void scrollIntoView(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
