package org.reviewworkspace.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.Times;
import org.springframework.data.domain.Limit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks that the audit trail is as it was written: every event from the first to the chain
 * head present, each linking to the hash of the one before, and each hash still that of the
 * event's content. A change made in the database behind the application's back, by someone who
 * could lift the append-only trigger, shows here as the first event that does not check out.
 */
@Service
public class AuditChainVerifier {

    /** Events read per query: the walk holds one page at a time, whatever the trail's length. */
    static final int PAGE_SIZE = 1000;

    private final AuditEventRepository events;
    private final AuditChainHeadRepository heads;
    private final AuditService audit;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    AuditChainVerifier(AuditEventRepository events, AuditChainHeadRepository heads, AuditService audit,
                       PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.heads = heads;
        this.audit = audit;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Walks the whole trail in sequence order and reports it intact or names the first event
     * that is missing or altered, and what differs. Only administrators may; the verification
     * and its outcome are themselves recorded ({@code audit.verified}), after the walk and in a
     * transaction of their own, so the event is never part of what it reports on.
     *
     * <p>Runs outside any caller's transaction: each page is read in a short read-only
     * transaction and then let go, so memory stays flat and no lock is held for the walk.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public ChainVerification verifyTrail() {
        String admin = requireAdministrator();
        ChainVerification result = walk();
        audit.recordAlone(AuditEntry.of(admin, "audit.verified", null, result.intact() ? null : "AuditEvent",
                result.firstBrokenSequence(), "The audit trail was verified. " + result.message()));
        return result;
    }

    private ChainVerification walk() {
        Instant started = clock.instant();
        // The head first: every event up to its sequence was committed with it, and events are
        // never changed, so walking up to it later sees exactly that trail while writers go on.
        AuditChainHead head = readOnly.execute(status -> heads.findById(AuditChainHead.ID))
                .orElseThrow(() -> new IllegalStateException("audit_chain_head row missing; see migration V1"));
        long previousSequence = 0;
        String previousHash = HashChain.GENESIS;
        long verified = 0;
        AuditEvent last = null;
        while (previousSequence < head.lastSequence()) {
            long after = previousSequence;
            List<AuditEvent> page = readOnly.execute(
                    status -> events.chainAfter(after, head.lastSequence(), Limit.of(PAGE_SIZE)));
            if (page.isEmpty()) {
                break;
            }
            for (AuditEvent event : page) {
                long expected = previousSequence + 1;
                if (event.getSequence() != expected) {
                    return ChainVerification.broken(verified, expected, null,
                            missing(expected, event.getSequence() - 1), started);
                }
                if (!previousHash.equals(event.getPreviousHash())) {
                    return ChainVerification.broken(verified, expected, describe(event), previousSequence == 0
                            ? "its previous-hash link does not match the start of the chain"
                            : "its previous-hash link does not match event #" + previousSequence
                                    + ": that event was rewritten with a new hash, or this link was changed", started);
                }
                if (!HashChain.hash(event.getPreviousHash(), event.canonicalForm()).equals(event.getHash())) {
                    return ChainVerification.broken(verified, expected, describe(event),
                            "its stored hash does not match its content \u2014 the content was changed after it was "
                                    + "written", started);
                }
                verified++;
                previousSequence = event.getSequence();
                previousHash = event.getHash();
                last = event;
            }
        }
        if (previousSequence < head.lastSequence()) {
            return ChainVerification.broken(verified, previousSequence + 1, null,
                    missing(previousSequence + 1, head.lastSequence()) + " (the chain head is at event #"
                            + head.lastSequence() + ")", started);
        }
        if (!previousHash.equals(head.lastHash())) {
            return ChainVerification.broken(Math.max(verified - 1, 0), head.lastSequence(),
                    last == null ? null : describe(last),
                    "the chain head records a different hash for it \u2014 the head was changed in the database",
                    started);
        }
        return ChainVerification.intact(verified, started);
    }

    /**
     * The signed-in administrator's username, or a refusal worded as {@code CurrentUser.require}
     * words it. Read from Spring Security directly: {@code security} records sign-ins through this
     * package, so this package cannot use {@code security} without a cycle (ArchitectureTest).
     */
    private static String requireAdministrator() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = user != null && user.isAuthenticated()
                && user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!administrator) {
            throw new NotAllowedException("Only an admin may verify the audit trail.");
        }
        return user.getName();
    }

    private static String missing(long first, long last) {
        return first == last ? "event #" + first + " is missing"
                : "events #" + first + "\u2013#" + last + " are missing";
    }

    /** The event as the audit log shows it: when, what, who. */
    private static String describe(AuditEvent event) {
        return Times.dateTime(event.getOccurredAt()) + ", " + event.getAction() + " by " + event.getActor();
    }
}
