package org.reviewworkspace.base;

import java.util.Collection;
import java.util.Map;

/** The name people read for a username; lets shared UI show users without knowing where they live. */
public interface UserNames {

    /** The display name of {@code username}, or the username itself when it is unknown. */
    String displayName(String username);

    /** Display names of the given usernames in one look-up; unknown usernames map to themselves. */
    Map<String, String> displayNames(Collection<String> usernames);
}
