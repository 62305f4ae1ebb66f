package org.reviewworkspace.live;

import java.util.Set;

/**
 * Something other people's open screens should show without a reload. Features publish it with
 * Spring's {@code ApplicationEventPublisher} inside the transaction that made the change; open
 * screens hear of it only after that transaction committed, and never on the publisher's thread.
 *
 * @param kind what changed
 * @param referenceCode the review it concerns, or {@code null} when it concerns no single review
 * @param usernames the users whose screens it concerns; empty means anybody's
 */
public record Change(Kind kind, String referenceCode, Set<String> usernames) {

    public enum Kind {
        /** A task was created, claimed, handed on, completed or withdrawn. */
        TASKS,
        /** Something recorded on a review (its stage, an assessment, a finding, a decision). */
        REVIEW,
        /** A user's notifications (new, or read). */
        NOTIFICATIONS
    }

    public Change {
        usernames = usernames == null ? Set.of() : Set.copyOf(usernames);
    }

    public static Change forUsers(Kind kind, String referenceCode, Set<String> usernames) {
        return new Change(kind, referenceCode, usernames);
    }

    /** Whether the screen of {@code username} should react. */
    public boolean concerns(String username) {
        return usernames.isEmpty() || usernames.contains(username);
    }
}
