package org.reviewworkspace.signoff;

import java.util.List;
import org.reviewworkspace.finding.FindingView;

/** The "Sign off findings" task as its form opens it: the set to decide on and earlier rounds. */
public record SignOffDraft(Long reviewId, String referenceCode, String reviewTitle, int round,
                           List<FindingView> findings, String findingsHash, List<SignOffRecord> history) {
}
