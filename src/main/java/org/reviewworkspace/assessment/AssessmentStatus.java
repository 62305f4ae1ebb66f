package org.reviewworkspace.assessment;

/** An assessment is drafted, then submitted once. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED
}
