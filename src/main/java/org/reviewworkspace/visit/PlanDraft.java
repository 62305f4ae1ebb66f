package org.reviewworkspace.visit;

import java.util.List;
import org.reviewworkspace.security.UserSummary;

/** The "Plan visit" task as the form opens it: the review, the plan so far, and the assessors to choose from. */
public record PlanDraft(Long reviewId, String referenceCode, String reviewTitle, PlanForm form,
                        List<UserSummary> assessors) {
}
