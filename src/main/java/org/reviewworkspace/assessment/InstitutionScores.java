package org.reviewworkspace.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The submitted scores of one institution in one review, criterion by criterion.
 *
 * @param means       criterion name → the mean of the submitted scores (one decimal), in the
 *                    template's order; a criterion nobody scored is missing
 * @param assessments how many submitted assessments the means are taken from
 */
public record InstitutionScores(long institutionId, String acronym, String name, Map<String, BigDecimal> means,
                                int assessments) {

    public Optional<BigDecimal> mean(String criterion) {
        return Optional.ofNullable(means.get(criterion));
    }
}
