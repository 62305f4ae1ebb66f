package org.reviewworkspace.assessment;

import java.time.Instant;

/** The "Assess institution" task as its form opens it. */
public record AssessmentDraft(Long reviewId, String referenceCode, String reviewTitle, String institutionAcronym,
                              String institutionName, Instant due, Instant savedAt, AssessmentForm form) {
}
