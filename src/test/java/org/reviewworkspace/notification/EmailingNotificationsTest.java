package org.reviewworkspace.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewworkspace.notification.NotificationScenario.REMINDER_AT;
import static org.reviewworkspace.notification.NotificationScenario.REMINDER_TIMER;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Notifications by e-mail, through a real SMTP server (GreenMail) on a free local port: the
 * assessor's reminder and a new task arrive with a link into the application; a mail server that
 * cannot be reached loses nothing but the mail. With mail off: {@link NotMailingWhenMailIsOffTest}.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Import(NotificationScenario.class)
@TestPropertySource(properties = {"review.mail.enabled=true", "review.mail.from=review-workspace@review.example",
        "review.base-url=https://review.example.org", "spring.mail.host=localhost"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmailingNotificationsTest extends WithATestSmtpServer {

    static final String ASSESSOR2 = "assessor2@review.example";

    @Autowired NotificationScenario scenario;
    @Autowired NotificationService notifications;
    @Autowired Acting acting;
    @Autowired JavaMailSenderImpl mailSender;

    @Test
    void the_reminder_reaches_the_assessors_mailbox_with_a_link_to_their_assessment() throws Exception {
        ReviewSummary review = scenario.reviewBeingAssessed();
        String link = "https://review.example.org/"
                + scenario.openTask(review, ReviewProcess.ASSESS_INSTITUTION, "assessor2").route();

        scenario.fireTimers(review, REMINDER_TIMER, REMINDER_AT);

        eventually(() -> !mailsTo(ASSESSOR2, "The PIEAS assessment is due in two days", link).isEmpty());
        MimeMessage mail = mailsTo(ASSESSOR2, "The PIEAS assessment is due in two days", link).get(0);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("review-workspace@review.example");
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(body(mail)).contains("Hello Task-force member 2",
                "The PIEAS assessment is due in two days.", link);
    }

    @Test
    void a_new_task_is_mailed_too() {
        ReviewSummary review = scenario.reviewBeingAssessed();
        String link = "https://review.example.org/"
                + scenario.openTask(review, ReviewProcess.ASSESS_INSTITUTION, "assessor3").route();

        eventually(() -> !mailsTo("assessor3@review.example", "You have a new task: Assess institution \u2014 PINSTECH ("
                + review.referenceCode() + ")", link).isEmpty());
    }

    @Test
    void a_mail_server_that_cannot_be_reached_leaves_the_notification_in_the_bell(CapturedOutput log) {
        ReviewSummary review = scenario.reviewBeingAssessed();
        int port = mailSender.getPort();
        mailSender.setPort(freePort());
        try {
            scenario.fireTimers(review, REMINDER_TIMER, REMINDER_AT);

            NotificationItem reminder = acting.as("assessor2", () -> notifications.page(0, 5)).stream()
                    .filter(n -> review.referenceCode().equals(n.referenceCode())
                            && n.kind() == NotificationKind.ASSESSMENT_DUE_SOON).findFirst().orElseThrow();
            assertThat(reminder.title()).isEqualTo("The PIEAS assessment is due in two days");
            assertThat(reminder.read()).isFalse();
            eventually(() -> log.getOut().contains("Notification " + reminder.id() + " could not be e-mailed to "
                    + "assessor2"));
        } finally {
            mailSender.setPort(port);
        }
        assertThat(scenario.timers(review, REMINDER_TIMER)).as("the reminders went off").isEmpty();
        assertThat(acting.as("assessor2", notifications::unreadCount)).isPositive();
    }

    private static List<MimeMessage> mailsTo(String address, String title, String link) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(address))
                        && mail.getSubject().equals("Review Workspace: " + title) && body(mail).contains(link);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** What the SMTP server has received, for the message of a failed wait. */
    private static List<String> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(mail -> {
            try {
                return Arrays.toString(mail.getAllRecipients()) + " " + mail.getSubject();
            } catch (MessagingException e) {
                return e.toString();
            }
        }).toList();
    }

    /** The text of a mail as its recipient reads it (decoded, e.g. from quoted-printable). */
    static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to 20 seconds for what happens after the commit, on the mail thread. */
    private static void eventually(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 seconds in vain; the server has %s", received()).isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

}
