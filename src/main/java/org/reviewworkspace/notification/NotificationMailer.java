package org.reviewworkspace.notification;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewworkspace.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails every notification to its recipient, as plain text with a link into the application,
 * when {@code review.mail.enabled} is on. Sending waits until the transaction that recorded the
 * notification has committed, so no mail announces what was rolled back, and then happens on a
 * small pool of its own: a slow or unreachable SMTP server never holds up a user's action or a
 * timer, and a failed mail is logged while the notification stays in the bell.
 */
@Component
class NotificationMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    /** Mails waiting beyond this are dropped (and logged) rather than piling up in memory. */
    private static final int QUEUE_LIMIT = 1_000;

    private final MailSettings settings;
    private final ObjectProvider<MailSender> mailSender;
    private final UserDirectory users;
    private final String baseUrl;
    private final ExecutorService executor;

    NotificationMailer(MailSettings settings, ObjectProvider<MailSender> mailSender, UserDirectory users,
                       @Value("${review.base-url:http://localhost:8080}") String baseUrl) {
        this.settings = settings;
        this.mailSender = mailSender;
        this.users = users;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        AtomicInteger threads = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(QUEUE_LIMIT),
                task -> {
                    Thread thread = new Thread(task, "notification-mail-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                (task, pool) -> log.warn("Too many notification e-mails waiting; one was not sent"));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void recorded(NotificationRecorded notification) {
        if (settings.enabled()) {
            executor.execute(() -> send(notification));
        }
    }

    private void send(NotificationRecorded notification) {
        try {
            Optional<String> address = users.emailOf(notification.recipient());
            MailSender sender = mailSender.getIfAvailable();
            if (address.isEmpty() || sender == null) {
                log.info("Notification {} not e-mailed: {}", notification.id(), sender == null
                        ? "no mail server is configured (spring.mail.host)"
                        : notification.recipient() + " has no e-mail address");
                return;
            }
            sender.send(message(notification, address.get()));
        } catch (RuntimeException e) {
            log.warn("Notification {} could not be e-mailed to {}: {}", notification.id(), notification.recipient(),
                    e.getMessage(), e);
        }
    }

    private SimpleMailMessage message(NotificationRecorded notification, String address) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(address);
        mail.setSubject("Review Workspace: " + notification.title());
        String link = baseUrl + (notification.link() == null ? "" : notification.link());
        mail.setText("Hello " + users.displayName(notification.recipient()) + ",\n\n"
                + notification.title() + ".\n\n"
                + "Open it in Review Workspace:\n" + link + "\n\n"
                + "You receive this message because you take part in "
                + (notification.referenceCode() == null ? "a review" : "review " + notification.referenceCode())
                + " in Review Workspace. The notification is also waiting for you under the bell in the "
                + "application.\n");
        return mail;
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
