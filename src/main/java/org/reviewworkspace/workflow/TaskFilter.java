package org.reviewworkspace.workflow;

import java.time.Instant;
import java.util.Set;

/**
 * Which open tasks an inbox page shows. Every field narrows the selection; {@code null} leaves
 * that aspect open.
 *
 * @param scope whose tasks
 * @param reviews the reference codes of the reviews to look at (with {@link Scope#REVIEWS}, the
 *                only ones; empty means none)
 * @param dueAfter only tasks due after this instant
 * @param dueBefore only tasks due before this instant
 * @param followUpBefore only tasks whose follow-up date lies before this instant
 * @param search words of a review's reference code, or of a task's institution, lower case
 * @param searchReviews reference codes of reviews whose title matches {@code search}
 */
public record TaskFilter(Scope scope, Set<String> reviews, Instant dueAfter, Instant dueBefore,
                         Instant followUpBefore, String search, Set<String> searchReviews) {

    public enum Scope {
        /** Assigned to me. */
        MINE,
        /** Nobody holds them yet and I or one of my groups may claim them. */
        OFFERED,
        /** Mine and those offered to me: the default inbox. */
        MINE_AND_OFFERED,
        /** Every open task of the given reviews, whoever holds it (a coordinator's overview). */
        REVIEWS
    }

    public TaskFilter {
        reviews = reviews == null ? Set.of() : Set.copyOf(reviews);
        searchReviews = searchReviews == null ? Set.of() : Set.copyOf(searchReviews);
    }

    public static TaskFilter of(Scope scope) {
        return new TaskFilter(scope, Set.of(), null, null, null, null, Set.of());
    }

    /** The same filter over another scope. */
    public TaskFilter withScope(Scope other) {
        return new TaskFilter(other, reviews, dueAfter, dueBefore, followUpBefore, search, searchReviews);
    }
}
