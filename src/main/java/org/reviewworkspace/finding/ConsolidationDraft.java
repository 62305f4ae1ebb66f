package org.reviewworkspace.finding;

import java.util.List;
import org.reviewworkspace.partnership.InstitutionSummary;

/**
 * The "Consolidate findings" task as its form opens it.
 *
 * @param requestedChanges what the approver asked for in the last round, or {@code null}
 */
public record ConsolidationDraft(Long reviewId, String referenceCode, String reviewTitle, List<FindingEdit> findings,
                                 List<InstitutionSummary> institutions, String requestedChanges) {
}
