package org.reviewworkspace.review;

/**
 * What the reviews list is narrowed to; every part is optional.
 *
 * @param text part of the title or the reference code
 * @param mine only reviews the user coordinates or belongs to
 */
public record ReviewFilter(String text, Long partnershipId, ReviewStatus status, Integer year, boolean mine) {

    /** No narrowing: every review the user may see. */
    public static ReviewFilter all() {
        return new ReviewFilter("", null, null, null, false);
    }

    /** Reviews whose title or reference code contains {@code text}. */
    public static ReviewFilter matching(String text) {
        return new ReviewFilter(text, null, null, null, false);
    }
}
