package org.reviewworkspace.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.base.NotAllowedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting, read from Spring Security; services ask it instead of trusting the browser. */
@Component
public class CurrentUser {

    /** The signed-in username; refuses when nobody is signed in. */
    public String username() {
        Authentication authentication = authentication();
        return authentication.getName();
    }

    /**
     * The signed-in username, or empty when the code runs for nobody (e.g. a timer the engine's
     * job executor fires).
     */
    public Optional<String> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getName())) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }

    /** The roles of the signed-in user. */
    public Set<Role> roles() {
        Set<String> authorities = authentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains("ROLE_" + role.name())) {
                roles.add(role);
            }
        }
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    /**
     * Refuses unless the signed-in user holds a role that has {@code capability} in the
     * permission matrix; returns their username. The reach of the capability (whose review,
     * which assignment) is for the caller to check.
     */
    public String require(Capability capability) {
        if (!capability.grantedToAny(roles())) {
            throw new NotAllowedException(capability.refusal());
        }
        return username();
    }

    private Authentication authentication() {
        if (signedIn().isEmpty()) {
            throw new NotAllowedException("Please sign in first.");
        }
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
