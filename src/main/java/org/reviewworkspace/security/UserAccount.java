package org.reviewworkspace.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as the Users screen shows it.
 *
 * @param lockedUntil when a lock after failed sign-ins ends, or {@code null} when not locked now
 * @param version what an edit must still find to be saved
 */
public record UserAccount(long id, String username, String displayName, String email, Set<Role> roles,
                          boolean enabled, Instant lockedUntil, boolean mustChangePassword, long version) {

    /** The roles as one sorted, comma-separated string. */
    public String roleNames() {
        return AppUser.roleNames(roles);
    }

    public boolean locked() {
        return lockedUntil != null;
    }

    static UserAccount of(AppUser user, Instant now) {
        return new UserAccount(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getRoles(), user.isEnabled(), user.isLockedAt(now) ? user.getLockedUntil() : null,
                user.isMustChangePassword(), user.getVersion());
    }
}
