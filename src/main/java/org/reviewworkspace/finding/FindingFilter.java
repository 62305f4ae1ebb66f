package org.reviewworkspace.finding;

/**
 * What the findings list is narrowed to.
 *
 * @param type   one type of finding, or {@code null} for every type
 * @param domain one domain, {@link #NO_DOMAIN} for findings without one, or {@code null} for any
 */
public record FindingFilter(FindingType type, String domain) {

    /** Stands for "findings that have no domain" in {@link #domain}. */
    public static final String NO_DOMAIN = "";

    /** Every finding the user may see. */
    public static FindingFilter all() {
        return new FindingFilter(null, null);
    }

    public FindingFilter {
        domain = domain == null ? null : domain.strip();
    }
}
