package org.reviewworkspace.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.base.UserNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up users for display and for choosing people, e.g. the delegation. */
@Service
@Transactional(readOnly = true)
public class UserDirectory implements UserNames {

    private final AppUserRepository users;

    UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    /** Enabled users holding {@code role}, by display name. */
    public List<UserSummary> withRole(Role role) {
        return users.findEnabledByRole(role).stream().map(UserDirectory::summary).toList();
    }

    /** Display names of the given usernames; unknown usernames map to themselves. */
    @Override
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> known = users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
        return usernames.stream().distinct().collect(Collectors.toMap(Function.identity(),
                name -> known.getOrDefault(name, name)));
    }

    @Override
    public String displayName(String username) {
        if (username == null) {
            return "";
        }
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    /** The e-mail address of an enabled user, if they have one. */
    public Optional<String> emailOf(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(AppUser::getEmail)
                .filter(email -> !email.isBlank());
    }

    /** Whether {@code username} is an enabled user holding {@code role}. */
    public boolean hasRole(String username, Role role) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(u -> u.hasRole(role)).orElse(false);
    }

    private static UserSummary summary(AppUser user) {
        return new UserSummary(user.getUsername(), user.getDisplayName());
    }
}
