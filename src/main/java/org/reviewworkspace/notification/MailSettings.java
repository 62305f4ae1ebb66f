package org.reviewworkspace.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether notifications are also e-mailed ({@code review.mail.enabled}, off by default) and the
 * sender's address ({@code review.mail.from}). The SMTP server is Spring Boot's
 * {@code spring.mail.*}; the links in the mails start with {@code review.base-url}.
 */
@ConfigurationProperties("review.mail")
record MailSettings(boolean enabled, @DefaultValue("review-workspace@localhost") String from) {
}
