package org.reviewworkspace.signoff;

import java.util.List;
import java.util.Map;
import org.reviewworkspace.finding.FindingView;

/**
 * The "Sign off findings" task as its form opens it: the set to decide on, what changed since
 * the previous round, and earlier rounds.
 *
 * @param changes         the findings added, revised or taken out since the previous round; empty in round 1
 * @param earlierRequests what the approver asked of individual findings in the previous round, by finding id
 */
public record SignOffDraft(Long reviewId, String referenceCode, String reviewTitle, int round,
                           List<FindingView> findings, String findingsHash, List<SignOffRecord> history,
                           List<SetChange> changes, Map<Long, List<String>> earlierRequests) {

    /** The change of one finding since the previous round, if any. */
    public SetChange changeOf(long findingId) {
        return changes.stream().filter(c -> c.findingId() == findingId).findFirst().orElse(null);
    }
}
