package org.reviewworkspace.base;

/** The name people read for a username; lets shared UI show users without knowing where they live. */
public interface UserNames {

    /** The display name of {@code username}, or the username itself when it is unknown. */
    String displayName(String username);
}
