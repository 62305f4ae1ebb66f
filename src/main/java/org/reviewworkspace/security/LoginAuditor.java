package org.reviewworkspace.security;

import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Puts sign-ins and failed sign-ins into the audit trail (DESIGN.md §6.2). */
@Component
class LoginAuditor {

    private final AuditService audit;

    LoginAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAlone(AuditEntry.of(username, "user.signed-in", null, "AppUser", username,
                username + " signed in"));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        audit.recordAlone(AuditEntry.of(username, "user.sign-in-failed", null, "AppUser", username,
                "Failed sign-in as " + username + ": " + event.getException().getMessage()));
    }
}
