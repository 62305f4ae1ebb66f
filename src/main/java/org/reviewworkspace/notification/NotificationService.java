package org.reviewworkspace.notification;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.live.Change;
import org.reviewworkspace.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's notifications: how many are unread, the latest a page at a time, and
 * marking them read. Notifications are recorded only from inside the application, in the
 * transaction of whatever they report ({@link NotificationTriggers}); every one is also
 * e-mailed after that transaction commits, when mail is on ({@link NotificationMailer}).
 */
@Service
public class NotificationService {

    /** Set while history is replayed ({@link #withoutNotifying}); the replay runs on one thread. */
    private static final ThreadLocal<Boolean> QUIET = ThreadLocal.withInitial(() -> false);

    /** The most notifications one page may hold. */
    public static final int MAX_PAGE = 100;

    private final NotificationRepository notifications;
    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, EntityManager entityManager, CurrentUser currentUser,
                        ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** How many notifications of the current user are unread. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(currentUser.username());
    }

    /** One page of the current user's notifications, newest first; {@code limit} at most {@value #MAX_PAGE}. */
    @Transactional(readOnly = true)
    public List<NotificationItem> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "Ask for 1 to " + MAX_PAGE + " notifications from a position "
                    + "of 0 or more");
        }
        return entityManager.createQuery("select n from Notification n where n.recipient = :recipient "
                        + "order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("recipient", currentUser.username())
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(Notification::toItem).toList();
    }

    /**
     * Marks one of the current user's notifications read. Another user's notification is refused
     * exactly as one that does not exist, so ids cannot be probed.
     */
    @Transactional
    public void markRead(long id) {
        String username = currentUser.username();
        Notification notification = notifications.findById(id).filter(n -> n.recipient().equals(username))
                .orElseThrow(() -> new NotFoundException("This notification does not exist."));
        if (notification.readAt() == null) {
            notification.markRead(clock.instant());
            events.publishEvent(changeFor(username, notification.referenceCode()));
        }
    }

    /** Marks every unread notification of the current user read; returns how many there were. */
    @Transactional
    public int markAllRead() {
        String username = currentUser.username();
        int marked = notifications.markAllRead(username, clock.instant());
        if (marked > 0) {
            events.publishEvent(changeFor(username, null));
        }
        return marked;
    }

    /**
     * Runs {@code replay} without telling anybody: for history that is written after the fact, such
     * as the demo data's published 2022 review, whose tasks nobody is to be told about today.
     */
    public void withoutNotifying(Runnable replay) {
        boolean wasQuiet = QUIET.get();
        QUIET.set(true);
        try {
            replay.run();
        } finally {
            QUIET.set(wasQuiet);
        }
    }

    /**
     * Records a notification for {@code recipient} in the caller's transaction, tells their open
     * screens, and has it e-mailed once that transaction has committed.
     */
    @Transactional
    void notify(String recipient, NotificationKind kind, String title, String referenceCode, String link) {
        if (QUIET.get()) {
            return;
        }
        Instant now = clock.instant();
        Notification notification = notifications.save(new Notification(recipient, now, kind, title, referenceCode,
                link));
        events.publishEvent(changeFor(recipient, referenceCode));
        events.publishEvent(new NotificationRecorded(notification.id(), recipient, title, referenceCode, link));
    }

    private static Change changeFor(String username, String referenceCode) {
        return Change.forUsers(Change.Kind.NOTIFICATIONS, referenceCode, Set.of(username));
    }
}
