package org.reviewworkspace.security;

/** A user as other features show them: username and the name people read. */
public record UserSummary(String username, String displayName) {

    @Override
    public String toString() {
        return displayName;
    }
}
