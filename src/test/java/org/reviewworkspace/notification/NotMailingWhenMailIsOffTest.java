package org.reviewworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewworkspace.notification.NotificationScenario.REMINDER_AT;
import static org.reviewworkspace.notification.NotificationScenario.REMINDER_TIMER;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Mail is off unless switched on ({@code review.mail.enabled}): with a reachable SMTP server
 * configured but mail left at its default, notifications stay in the bell and no mail is sent.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(NotificationScenario.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NotMailingWhenMailIsOffTest extends WithATestSmtpServer {

    @Autowired NotificationScenario scenario;
    @Autowired NotificationService notifications;
    @Autowired Acting acting;

    @Test
    void new_tasks_and_reminders_are_only_in_the_bell() throws InterruptedException {
        ReviewSummary review = scenario.reviewBeingAssessed();

        scenario.fireTimers(review, REMINDER_TIMER, REMINDER_AT);
        Thread.sleep(3_000);

        assertThat(acting.as("assessor2", () -> notifications.page(0, 5))).extracting(NotificationItem::title)
                .contains("The PIEAS assessment is due in two days",
                        "You have a new task: Assess institution \u2014 PIEAS (" + review.referenceCode() + ")");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
