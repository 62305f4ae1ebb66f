package org.reviewworkspace.assessment;

import java.util.List;
import java.util.Set;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.finding.FindingDraft;
import org.reviewworkspace.finding.FindingService;

/**
 * What an assessment must hold; the form checks it as the assessor types, the service on saving.
 * A draft may be incomplete but never out of range; a submission must be complete, and scores
 * at the ends of the scale (1, 2 and 5) and N/A need their reasons, 3 and 4 do not.
 */
public final class AssessmentRules {

    public static final int MAX_NARRATIVE = 20000;
    public static final int MAX_RATIONALE = 4000;
    /** The scores that must be explained; the middle of the scale speaks for itself. */
    public static final Set<Integer> SCORES_NEEDING_RATIONALE = Set.of(1, 2, 5);

    private AssessmentRules() {
    }

    /** Problems of {@code form}; with {@code submit}, also whatever is still missing. */
    public static InvalidInputException.Collector check(AssessmentForm form, boolean submit) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (AssessmentForm.Score score : form.getScores()) {
            errors.rejectIf(score.getScore() != null && (score.getScore() < 1 || score.getScore() > 5),
                    score.field("score"), "Score from 1 (weak) to 5 (excellent)");
            errors.rejectIf(score.getScore() != null && score.isNotApplicable(), score.field("score"),
                    "Choose a score or N/A, not both");
            errors.rejectIf(score.getRationale() != null && score.getRationale().length() > MAX_RATIONALE,
                    score.field("rationale"), "At most " + MAX_RATIONALE + " characters");
            errors.rejectIf(TextInput.unreadable(score.getRationale()), score.field("rationale"), TextInput.UNREADABLE);
            if (submit) {
                errors.rejectIf(score.getScore() == null && !score.isNotApplicable(), score.field("score"),
                        "Score this criterion, or choose N/A if it does not apply");
                errors.rejectIf(needsRationale(score) && isBlank(score.getRationale()), score.field("rationale"),
                        score.isNotApplicable() ? "Say why this criterion does not apply"
                                : "Give the reasons for a score of " + score.getScore());
            }
        }
        errors.rejectIf(form.getNarrative() != null && form.getNarrative().length() > MAX_NARRATIVE, "narrative",
                "At most " + MAX_NARRATIVE + " characters");
        errors.rejectIf(TextInput.unreadable(form.getNarrative()), "narrative", TextInput.UNREADABLE);
        if (submit) {
            errors.rejectIf(isBlank(form.getNarrative()), "narrative", "Summarise the visit in a few sentences");
        }
        if (submit) {
            FindingService.checkDrafts(form.getFindings(), errors);
        } else {
            checkStartedFindings(form, errors);
        }
        return errors;
    }

    /** A draft keeps only the findings the assessor has begun to write; see {@link #startedFindings}. */
    private static void checkStartedFindings(AssessmentForm form, InvalidInputException.Collector errors) {
        for (int i = 0; i < form.getFindings().size(); i++) {
            FindingDraft draft = form.getFindings().get(i);
            if (isBlank(draft.getStatement())) {
                continue;
            }
            errors.rejectIf(draft.getStatement().length() > FindingService.MAX_STATEMENT, "finding." + i,
                    "At most " + FindingService.MAX_STATEMENT + " characters");
            errors.rejectIf(TextInput.unreadable(draft.getStatement()), "finding." + i, TextInput.UNREADABLE);
            errors.rejectIf(draft.getType() == null, "finding." + i, "Choose the type of the finding");
        }
    }

    /** The findings of a draft worth keeping: an empty row the assessor just added is not saved. */
    public static List<FindingDraft> startedFindings(AssessmentForm form) {
        return form.getFindings().stream().filter(f -> !isBlank(f.getStatement())).toList();
    }

    /** Whether the score given (or N/A) must come with reasons. */
    public static boolean needsRationale(AssessmentForm.Score score) {
        return score.isNotApplicable() || (score.getScore() != null && SCORES_NEEDING_RATIONALE.contains(score.getScore()));
    }

    private static boolean isBlank(String text) {
        return TextInput.blank(text);
    }
}
