package org.reviewworkspace.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One institution in two reviews, criterion by criterion (every criterion of either review, in
 * the later review's order).
 */
public record InstitutionComparison(String acronym, String name, List<ScoreChange> scores) {

    /** The "criterion" of {@link #overall()}. */
    public static final String ALL_CRITERIA = "All criteria";

    /** The mean of the earlier review's criterion means, or {@code null} when it did not score this institution. */
    public BigDecimal earlierMean() {
        return meanOf(ScoreChange::earlier);
    }

    /** The mean of the later review's criterion means, or {@code null} when it did not score this institution. */
    public BigDecimal laterMean() {
        return meanOf(ScoreChange::later);
    }

    /** The overall change, as {@link ScoreChange} shows it. */
    public ScoreChange overall() {
        return new ScoreChange(ALL_CRITERIA, earlierMean(), laterMean());
    }

    private BigDecimal meanOf(Function<ScoreChange, BigDecimal> side) {
        List<BigDecimal> means = scores.stream().map(side).filter(Objects::nonNull).toList();
        return means.isEmpty() ? null : means.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(means.size()), 1, RoundingMode.HALF_UP);
    }
}
