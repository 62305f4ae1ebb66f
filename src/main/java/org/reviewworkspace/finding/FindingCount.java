package org.reviewworkspace.finding;

/**
 * How many findings of one type have one domain, across the reviews the user may see.
 *
 * @param domain the domain, or {@code null} for findings without one
 */
public record FindingCount(String domain, FindingType type, long count) {
}
