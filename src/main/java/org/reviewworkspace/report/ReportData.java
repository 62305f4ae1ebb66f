package org.reviewworkspace.report;

import java.time.Instant;
import java.util.List;
import org.reviewworkspace.assessment.Consensus;
import org.reviewworkspace.audit.AuditSummary;
import org.reviewworkspace.comparison.ReviewComparison;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewDetails;
import org.reviewworkspace.signoff.SignOffRecord;
import org.reviewworkspace.visit.VisitOverview;

/**
 * Everything a report shows, read in the publishing transaction.
 *
 * @param previousReference the reference code of the review this one follows up, or {@code null}
 * @param consensus one per institution with assessors, by acronym
 * @param findings the published findings set, in its fixed order
 * @param decisions every sign-off round, oldest first
 * @param approval the decision that approved exactly {@code findings}
 * @param audit the review's audit trail up to publication
 * @param comparison the change since the previous review, or {@code null} when it followed none
 */
record ReportData(ReviewDetails review, PartnershipSummary partnership, String previousReference, VisitOverview visit,
                  List<Consensus> consensus, List<FindingView> findings, List<SignOffRecord> decisions,
                  SignOffRecord approval, AuditSummary audit, ReviewComparison comparison,
                  Instant generatedAt) {
}
