package org.reviewworkspace.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Who has which record open right now: a review's workspace, an assessment form. A "place" is a
 * string naming the record (see {@link Places}); each open screen is one visitor, so the same
 * user in two browser tabs is there twice.
 *
 * <p>On a single node the visitors are kept in memory ({@link LocalPresence}); with several nodes
 * (profile {@code postgres}) in the shared database, so that every node lists the visitors of
 * all, and every node's listeners hear of arrivals and departures on any ({@link ClusterPresence}).
 */
public interface Presence {

    /** Marks {@code visitor} as being at {@code place} until the returned registration is removed. */
    Registration enter(String place, Visitor visitor);

    /** Everyone at {@code place}, in the order they arrived. */
    List<Visitor> at(String place);

    /** Removes every visitor of a browser session that ended, wherever they were. */
    void leaveSession(String sessionKey);

    /**
     * Calls {@code listener} with the place whenever somebody arrives there or leaves, on the
     * live-updates thread, until the returned registration is removed.
     */
    Registration subscribe(Consumer<String> listener);

    /**
     * One open screen.
     *
     * @param id unique per screen (browser session and tab)
     * @param sessionKey the browser session it belongs to
     */
    record Visitor(String id, String sessionKey, String username, String displayName) {
    }

    /** The names of the places screens share. */
    final class Places {

        private Places() {
        }

        /** The workspace of a review. */
        public static String review(String referenceCode) {
            return "review/" + referenceCode;
        }

        /** The assessments of one institution in a review: the assessor's form and anyone reading them. */
        public static String assessment(String referenceCode, String institutionAcronym) {
            return "assessment/" + referenceCode + "/" + institutionAcronym;
        }
    }
}
