package org.reviewworkspace.assessment;

import java.time.Instant;

/** The "Chase overdue assessment" task as its form opens it. */
public record ChaseDraft(Long reviewId, String referenceCode, String reviewTitle, String institutionAcronym,
                         String institutionName, String assessorName, Instant due, String assessmentState) {
}
