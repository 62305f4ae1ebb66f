package org.reviewworkspace.partnership;

import java.util.Optional;

/**
 * Tells whether another feature's records refer to an institution, so that a used institution
 * is archived rather than deleted. Features that keep institution ids (visit plans, assessments)
 * provide one as a bean; this package does not know them.
 */
public interface InstitutionUsage {

    /**
     * How the institution is used, in words that complete "it …", e.g. "is part of 2 visit plans";
     * empty when this feature has nothing that refers to it.
     */
    Optional<String> usageOf(long institutionId);
}
