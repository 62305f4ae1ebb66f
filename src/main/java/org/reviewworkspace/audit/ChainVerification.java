package org.reviewworkspace.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * The outcome of walking the audit trail from its first event to the chain head.
 *
 * @param eventsVerified how many events, from the first on, were found as they were written
 * @param intact whether the whole trail, up to the chain head, is as it was written
 * @param firstBrokenSequence the sequence number of the first event that is missing or does not
 *                            check out, or {@code null} when intact
 * @param brokenEvent that event as a reader finds it in the audit log (when, what, who), or
 *                    {@code null} when intact or when events are missing from there on
 * @param whatDiffers what does not check out there, in words, or {@code null} when intact
 * @param verifiedAt when the walk started; events recorded after it are verified next time
 */
public record ChainVerification(long eventsVerified, boolean intact, Long firstBrokenSequence, String brokenEvent,
                                String whatDiffers, Instant verifiedAt) {

    static ChainVerification intact(long eventsVerified, Instant verifiedAt) {
        return new ChainVerification(eventsVerified, true, null, null, null, verifiedAt);
    }

    static ChainVerification broken(long eventsVerified, long firstBrokenSequence, String brokenEvent,
                                    String whatDiffers, Instant verifiedAt) {
        return new ChainVerification(eventsVerified, false, firstBrokenSequence, brokenEvent, whatDiffers, verifiedAt);
    }

    /**
     * One line for a person: "Intact: 1,234 events verified", or where the trail breaks and how,
     * e.g. "Broken at event #57 (30 Nov 2026, 08:12 UTC, review.started by coordinator): its
     * stored hash does not match its content …".
     */
    public String message() {
        if (intact) {
            return "Intact: " + String.format(Locale.ENGLISH, "%,d", eventsVerified)
                    + (eventsVerified == 1 ? " event verified" : " events verified");
        }
        String where = brokenEvent != null ? "Broken at event #" + firstBrokenSequence + " (" + brokenEvent + ")"
                : firstBrokenSequence <= 1 ? "Broken at the start"
                : "Broken after event #" + (firstBrokenSequence - 1);
        return where + ": " + whatDiffers;
    }
}
