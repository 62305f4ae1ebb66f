package org.reviewworkspace.audit;

import java.time.Instant;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/auditchain}: the trail verified, for administrators' automation (a nightly
 * check, a monitoring probe). SecurityConfig lets only administrators reach it, and the verifier
 * checks again, so it refuses over any other channel too.
 */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

    private final AuditChainVerifier verifier;

    AuditChainEndpoint(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @ReadOperation
    Report verify() {
        ChainVerification result = verifier.verifyTrail();
        return new Report(result.intact() ? "intact" : "broken", result.eventsVerified(), result.firstBrokenSequence(),
                result.whatDiffers(), result.message(), result.verifiedAt());
    }

    /**
     * The JSON answer.
     *
     * @param status {@code intact} or {@code broken}
     * @param eventsVerified how many events, from the first, check out
     * @param firstBrokenSequence the first event missing or altered; absent when intact
     * @param whatDiffers what does not check out there; absent when intact
     * @param message the outcome in one line for a person, as the "Verify audit trail" screen shows it
     * @param verifiedAt when the walk started
     */
    record Report(String status, long eventsVerified, Long firstBrokenSequence, String whatDiffers, String message,
                  Instant verifiedAt) {
    }
}
