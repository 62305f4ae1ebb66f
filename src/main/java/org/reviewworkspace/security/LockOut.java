package org.reviewworkspace.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.Times;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@link AccountSettings#maxFailedLogins()} wrong passwords in a row, for
 * {@link AccountSettings#lockDuration()}; a successful sign-in starts the count again. While the
 * account is locked {@link AppUserDetailsService} reports it so and Spring Security refuses it
 * before looking at the password, so attempts during the lock neither count nor succeed.
 */
@Component
class LockOut {

    private final AppUserRepository users;
    private final AccountSettings settings;
    private final AuditService audit;
    private final Clock clock;

    LockOut(AppUserRepository users, AccountSettings settings, AuditService audit, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (users.countFailedLogin(username) == 0) {
            return; // no such account: nothing to lock
        }
        Instant until = clock.instant().plus(settings.lockDuration()).truncatedTo(ChronoUnit.SECONDS);
        if (users.lockIfReached(username, settings.maxFailedLogins(), until) == 1) {
            audit.record(AuditEntry.of(AuditEntry.SYSTEM, "user.locked", null, "AppUser", username,
                    "Account " + username + " locked after " + settings.maxFailedLogins()
                            + " failed sign-ins until " + Times.dateTime(until)));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void signedIn(AuthenticationSuccessEvent event) {
        users.resetFailedLogins(event.getAuthentication().getName());
    }
}
