package org.reviewworkspace.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something a user is told: a new task, a deadline drawing near, an overdue assessment. Written
 * once for one recipient; only the moment it was read changes afterwards (one writer, its
 * recipient, so no version is kept).
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String title;
    private String referenceCode;
    private String link;
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, Instant createdAt, NotificationKind kind, String title, String referenceCode,
                 String link) {
        this.recipient = recipient;
        this.createdAt = createdAt;
        this.kind = kind;
        this.title = title;
        this.referenceCode = referenceCode;
        this.link = link;
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    Instant createdAt() {
        return createdAt;
    }

    NotificationKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String referenceCode() {
        return referenceCode;
    }

    String link() {
        return link;
    }

    Instant readAt() {
        return readAt;
    }

    /** Marks it read, keeping the first moment it was. */
    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationItem toItem() {
        return new NotificationItem(id, createdAt, kind, title, referenceCode, link, readAt != null);
    }
}
