package org.reviewworkspace.finding;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of a finding as people read it.
 *
 * @param institution the institution's acronym, or "Cross-cutting"
 * @param state       "In the set", "Withdrawn", "Merged into #12", "Published"…
 */
public record FindingRevisionView(long findingId, int revision, String editorName, Instant editedAt,
                                  String institution, FindingType type, String domain, Priority priority,
                                  String statement, String state, String owner, LocalDate targetDate) {
}
