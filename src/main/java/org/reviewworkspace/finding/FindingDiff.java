package org.reviewworkspace.finding;

import java.util.List;

/**
 * What changed in a finding between two of its revisions.
 *
 * @param fields    the fields other than the statement that differ, e.g. "Priority: Medium → High"
 * @param statement the statement word by word
 */
public record FindingDiff(FindingRevisionView older, FindingRevisionView newer, List<String> fields,
                          List<TextDiff.Piece> statement) {

    /** Whether the two revisions read the same. */
    public boolean noChange() {
        return fields.isEmpty() && statement.stream().allMatch(p -> p.kind() == TextDiff.Kind.SAME);
    }
}
