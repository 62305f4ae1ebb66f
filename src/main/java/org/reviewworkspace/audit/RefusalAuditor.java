package org.reviewworkspace.audit;

import org.reviewworkspace.base.AccessRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records refused actions in a transaction of their own: the refused action itself rolled back. */
@Component
class RefusalAuditor {

    private final AuditService audit;

    RefusalAuditor(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AccessRefused event) {
        audit.recordAlone(AuditEntry.of(event.username(), "access.refused", null, null, null,
                event.username() + " was refused: " + event.reason()));
    }
}
