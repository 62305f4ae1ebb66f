package org.reviewworkspace.finding;

/** A finding as the sign-off and the report show it. */
public record FindingView(Long id, int revision, String institution, FindingType type, Priority priority,
                          String statement, String raisedBy) {
}
