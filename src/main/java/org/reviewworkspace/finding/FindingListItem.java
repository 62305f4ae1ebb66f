package org.reviewworkspace.finding;

import java.time.LocalDate;

/**
 * A finding as the findings list across reviews shows it.
 *
 * @param reviewCode  the reference code of its review, e.g. {@code REV-2022-PK-01}
 * @param institution the institution's acronym, or "Cross-cutting"
 * @param domain      its domain, or {@code null}
 * @param owner       who is to act on a recommendation, or {@code null}
 * @param targetDate  by when a recommendation should be implemented, or {@code null}
 */
public record FindingListItem(long id, String reviewCode, String institution, FindingType type, String domain,
                              Priority priority, String statement, String owner, LocalDate targetDate) {
}
