package org.reviewworkspace.signoff;

/**
 * How one finding changed since the previous round of sign-off.
 *
 * @param fromRevision the revision decided on in the previous round, or {@code null} if it is new
 * @param toRevision   the revision now in the set, or {@code null} if it left the set
 * @param statement    what the finding says now (for one that left the set, its last words)
 */
public record SetChange(long findingId, Kind kind, Integer fromRevision, Integer toRevision, String statement) {

    /** What happened to the finding. */
    public enum Kind {
        ADDED("New since the previous round"),
        REVISED("Revised since the previous round"),
        REMOVED("Taken out of the set since the previous round");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
