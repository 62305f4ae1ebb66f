package org.reviewworkspace.signoff;

import java.time.Instant;

/**
 * A past decision as people read it.
 *
 * @param stillApplies whether the findings set is still exactly the one decided on
 */
public record SignOffRecord(int round, String approverName, Decision decision, String rationale, Instant decidedAt,
                            String findingsHash, boolean stillApplies) {
}
