package org.reviewworkspace.finding;

import java.util.List;
import java.util.Map;
import org.reviewworkspace.partnership.InstitutionSummary;

/**
 * The "Consolidate findings" task as its form opens it.
 *
 * @param requestedChanges what the approver asked for in the last round, or {@code null}
 * @param requests         what the approver asked of individual findings in the last round, by finding id
 */
public record ConsolidationDraft(Long reviewId, String referenceCode, String reviewTitle, List<FindingEdit> findings,
                                 List<InstitutionSummary> institutions, String requestedChanges,
                                 Map<Long, List<FindingCommentView>> requests) {
}
