package org.reviewworkspace.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * A finding as the sign-off, the workspace and the report show it.
 *
 * @param institution the institution's acronym, or "Cross-cutting"
 * @param raisedBy    display names of every assessor who raised it, duplicates merged into it included
 * @param owner       who is to act on a recommendation, or {@code null}
 * @param targetDate  by when a recommendation should be implemented, or {@code null}
 */
public record FindingView(Long id, int revision, Long institutionId, String institution, FindingType type,
                          String domain, Priority priority, String statement, List<String> raisedBy, String owner,
                          LocalDate targetDate) {

    /** Whether it belongs to no single institution. */
    public boolean crossCutting() {
        return institutionId == null;
    }
}
