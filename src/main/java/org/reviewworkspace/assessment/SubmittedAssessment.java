package org.reviewworkspace.assessment;

import java.time.Instant;

/** A submitted assessment as the coordinator sees it when deciding whether to reopen it. */
public record SubmittedAssessment(Long assessmentId, Long assignmentId, String institutionAcronym,
                                  String institutionName, String assessorName, Instant submittedAt) {
}
