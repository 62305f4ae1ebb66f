package org.reviewworkspace.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lock-out after failed sign-ins: {@code review.accounts.max-failed-logins} wrong passwords in a
 * row lock the account for {@code review.accounts.lock-duration}. An administrator can unlock it
 * earlier; a successful sign-in resets the count.
 */
@ConfigurationProperties("review.accounts")
public record AccountSettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {

    public AccountSettings {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("review.accounts.max-failed-logins must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("review.accounts.lock-duration must be positive");
        }
    }
}
