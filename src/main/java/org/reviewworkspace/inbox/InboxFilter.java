package org.reviewworkspace.inbox;

/**
 * What a user asks the inbox to show; saved under a name, it is one of their personal filters.
 *
 * @param search words of a review (reference code or title) or of an institution (acronym or
 *               name); blank for all
 */
public record InboxFilter(Show show, Due due, String search) {

    /** The longest search text accepted. */
    public static final int MAX_SEARCH = 100;

    /** My tasks and those offered to me, whatever their dates. */
    public static final InboxFilter DEFAULT = new InboxFilter(Show.MINE_AND_OFFERED, Due.ANY, "");

    public enum Show {
        MINE_AND_OFFERED("My tasks and those offered to me"),
        MINE("Assigned to me"),
        OFFERED("Offered to me, not yet claimed"),
        MY_REVIEWS("Every task of the reviews I coordinate");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Due {
        ANY("Any date"),
        OVERDUE("Overdue"),
        DUE_SOON("Due within 3 days"),
        FOLLOW_UP_TODAY("Follow-up today");

        private final String label;

        Due(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public InboxFilter {
        show = show == null ? Show.MINE_AND_OFFERED : show;
        due = due == null ? Due.ANY : due;
        search = search == null ? "" : search.strip();
    }
}
