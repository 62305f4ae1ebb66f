package org.reviewworkspace.comparison;

import java.util.List;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.review.ReviewSummary;

/**
 * Two reviews of one partnership side by side.
 *
 * @param criteria           every criterion of either review, in the later review's order
 * @param institutions       every institution either review assessed, by acronym
 * @param earlierAssessments submitted assessments of the earlier review
 * @param laterAssessments   submitted assessments of the later review, so far
 * @param recommendations    the earlier review's recommendations with the later review's verdicts
 * @param newFindings        the later review's findings
 */
public record ReviewComparison(ReviewSummary earlier, ReviewSummary later, List<String> criteria,
                               List<InstitutionComparison> institutions, int earlierAssessments,
                               int laterAssessments, List<RecommendationFollowUp> recommendations,
                               List<FindingView> newFindings) {
}
