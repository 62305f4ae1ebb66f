package org.reviewworkspace.comparison;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One criterion of one institution in two reviews: the mean submitted score in each, either
 * missing when nobody scored it there.
 */
public record ScoreChange(String criterion, BigDecimal earlier, BigDecimal later) {

    /** Later minus earlier, when both reviews scored it. */
    public Optional<BigDecimal> change() {
        return earlier == null || later == null ? Optional.empty() : Optional.of(later.subtract(earlier));
    }

    /** "+1.0", "−0.5", "±0.0", or a dash when one review has no score. */
    public String changeText() {
        return change().map(ScoreChange::signed).orElse("\u2013");
    }

    static String signed(BigDecimal change) {
        int sign = change.signum();
        String size = change.abs().toPlainString();
        return sign > 0 ? "+" + size : sign < 0 ? "\u2212" + size : "\u00b1" + size;
    }

    /** "3.0 → 4.0 (+1.0)": both means and the change. */
    public String summary() {
        return text(earlier) + " \u2192 " + text(later) + " (" + changeText() + ")";
    }

    /** A mean as shown: "3.5", or a dash. */
    public static String text(BigDecimal mean) {
        return mean == null ? "\u2013" : mean.toPlainString();
    }
}
