package org.reviewworkspace.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * One criterion of the consensus: every assessor's score side by side and how far they agree.
 * Only scores count; a criterion nobody scored has no mean, minimum or maximum.
 */
public record ConsensusRow(Long criterionId, String criterion, List<ConsensusCell> cells) {

    /** A spread of this many points or more between the lowest and highest score is a disagreement. */
    public static final int DISAGREEMENT_SPREAD = 2;

    public ConsensusRow {
        cells = List.copyOf(cells);
    }

    /** The mean of the scores rounded half up to one decimal, e.g. 3.7 for 4, 5 and 2. */
    public Optional<BigDecimal> mean() {
        List<Integer> scores = scores();
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        int sum = scores.stream().mapToInt(Integer::intValue).sum();
        return Optional.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP));
    }

    public Optional<Integer> min() {
        return scores().stream().min(Integer::compare);
    }

    public Optional<Integer> max() {
        return scores().stream().max(Integer::compare);
    }

    /** Whether the scores spread by {@value #DISAGREEMENT_SPREAD} points or more. */
    public boolean disagreement() {
        return min().isPresent() && max().get() - min().get() >= DISAGREEMENT_SPREAD;
    }

    /** "3.7", or a dash when nobody scored. */
    public String meanText() {
        return mean().map(BigDecimal::toPlainString).orElse("–");
    }

    /** "2–5", "4" when all agree, or a dash when nobody scored. */
    public String rangeText() {
        if (min().isEmpty()) {
            return "–";
        }
        return min().get().equals(max().get()) ? min().get().toString() : min().get() + "–" + max().get();
    }

    /** The score of one assessment, if it has one for this criterion. */
    public Optional<ConsensusCell> cellOf(long assessmentId) {
        return cells.stream().filter(c -> c.assessmentId() == assessmentId).findFirst();
    }

    private List<Integer> scores() {
        return cells.stream().filter(ConsensusCell::counts).map(ConsensusCell::score).toList();
    }
}
