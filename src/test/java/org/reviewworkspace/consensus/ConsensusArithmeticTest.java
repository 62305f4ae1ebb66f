package org.reviewworkspace.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.ConsensusCell;
import org.reviewworkspace.assessment.ConsensusRow;

/** How the scores of one criterion are summed up: mean to one decimal, range, and where assessors disagree. */
class ConsensusArithmeticTest {

    @Test
    void scores_four_five_and_two_have_mean_3_7_range_2_to_5_and_disagree() {
        ConsensusRow row = row(4, 5, 2);

        assertThat(row.mean()).contains(new BigDecimal("3.7"));
        assertThat(row.min()).contains(2);
        assertThat(row.max()).contains(5);
        assertThat(row.disagreement()).isTrue();
        assertThat(row.meanText()).isEqualTo("3.7");
        assertThat(row.rangeText()).isEqualTo("2–5");
    }

    @Test
    void scores_one_point_apart_do_not_disagree() {
        ConsensusRow row = row(3, 4);

        assertThat(row.mean()).contains(new BigDecimal("3.5"));
        assertThat(row.disagreement()).isFalse();
        assertThat(row.rangeText()).isEqualTo("3–4");
    }

    @Test
    void scores_exactly_two_points_apart_disagree() {
        assertThat(row(3, 5, 4, 4).disagreement()).isTrue();
    }

    @Test
    void a_single_score_never_disagrees() {
        ConsensusRow row = row(1);

        assertThat(row.mean()).contains(new BigDecimal("1.0"));
        assertThat(row.min()).contains(1);
        assertThat(row.max()).contains(1);
        assertThat(row.disagreement()).isFalse();
        assertThat(row.rangeText()).isEqualTo("1");
    }

    @Test
    void no_scores_give_no_mean_no_range_and_no_disagreement() {
        ConsensusRow row = row();

        assertThat(row.mean()).isEmpty();
        assertThat(row.min()).isEmpty();
        assertThat(row.max()).isEmpty();
        assertThat(row.disagreement()).isFalse();
        assertThat(row.meanText()).isEqualTo("–");
        assertThat(row.rangeText()).isEqualTo("–");
    }

    @Test
    void missing_and_not_applicable_scores_are_not_counted() {
        ConsensusRow row = new ConsensusRow(1L, "Governance", List.of(
                new ConsensusCell(1, 4, false, "Clear statutes."),
                new ConsensusCell(2, null, false, null),
                new ConsensusCell(3, null, true, "Not seen during the visit."),
                new ConsensusCell(4, 1, true, "Marked N/A after all.")));

        assertThat(row.mean()).contains(new BigDecimal("4.0"));
        assertThat(row.disagreement()).isFalse();
        assertThat(row.cellOf(2)).get().extracting(ConsensusCell::label).isEqualTo("–");
        assertThat(row.cellOf(3)).get().extracting(ConsensusCell::label).isEqualTo("N/A");
    }

    @Test
    void the_mean_is_rounded_half_up_to_one_decimal() {
        assertThat(row(2, 2, 2, 3).mean()).contains(new BigDecimal("2.3"));
        assertThat(row(4, 4, 5).mean()).contains(new BigDecimal("4.3"));
        assertThat(row(5, 5, 4).mean()).contains(new BigDecimal("4.7"));
    }

    private static ConsensusRow row(int... scores) {
        List<ConsensusCell> cells = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            cells.add(new ConsensusCell(i + 1, scores[i], false, "Reason " + (i + 1)));
        }
        return new ConsensusRow(7L, "Scientific output", cells);
    }
}
