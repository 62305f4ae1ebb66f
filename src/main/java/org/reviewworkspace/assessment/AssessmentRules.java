package org.reviewworkspace.assessment;

import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.finding.FindingService;

/** What an assessment must hold; the form checks it as the assessor types, the service on saving. */
public final class AssessmentRules {

    public static final int MAX_NARRATIVE = 20000;
    public static final int MAX_RATIONALE = 4000;

    private AssessmentRules() {
    }

    /** Problems of {@code form}; a draft may be incomplete but never out of range. */
    public static InvalidInputException.Collector check(AssessmentForm form, boolean submit) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (AssessmentForm.Score score : form.getScores()) {
            errors.rejectIf(score.getScore() != null && (score.getScore() < 1 || score.getScore() > 5),
                    score.field("score"), "Score from 1 (weak) to 5 (excellent)");
            errors.rejectIf(score.getRationale() != null && score.getRationale().length() > MAX_RATIONALE,
                    score.field("rationale"), "At most " + MAX_RATIONALE + " characters");
            if (submit) {
                errors.rejectIf(score.getScore() == null, score.field("score"), "Score this criterion");
                errors.rejectIf(score.getRationale() == null || score.getRationale().isBlank(), score.field("rationale"),
                        "Give the reasons for this score");
            }
        }
        errors.rejectIf(form.getNarrative() != null && form.getNarrative().length() > MAX_NARRATIVE, "narrative",
                "At most " + MAX_NARRATIVE + " characters");
        if (submit) {
            errors.rejectIf(form.getNarrative() == null || form.getNarrative().isBlank(), "narrative",
                    "Summarise the visit in a few sentences");
        }
        FindingService.checkDrafts(form.getFindings(), errors);
        return errors;
    }
}
