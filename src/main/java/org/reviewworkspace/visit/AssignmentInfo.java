package org.reviewworkspace.visit;

import java.time.LocalDate;

/** An assignment as the assessment and inbox features show it. */
public record AssignmentInfo(Long id, Long reviewId, Long institutionId, String institutionAcronym,
                             String institutionName, String assessor, LocalDate visitEnd) {
}
