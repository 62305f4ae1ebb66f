package org.reviewworkspace.assessment;

import java.time.Instant;

/**
 * Where one assignment's assessment stands, for the review workspace.
 *
 * @param savedAt when a draft was last saved, or {@code null}
 * @param submittedAt when it was submitted, or {@code null}
 */
public record AssessmentProgress(String institutionAcronym, String institutionName, String assessorName,
                                 Instant savedAt, Instant submittedAt) {

    /** "Submitted", "Draft" or "Not started". */
    public String state() {
        return submittedAt != null ? "Submitted" : savedAt != null ? "Draft" : "Not started";
    }
}
