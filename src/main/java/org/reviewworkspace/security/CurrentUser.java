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

    /** Refuses unless the signed-in user holds {@code role}; {@code what} completes "Only ... may". */
    public String require(Role role, String what) {
        if (!hasRole(role)) {
            String name = role.name().toLowerCase();
            throw new NotAllowedException("Only " + ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name
                    + " may " + what + ".");
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
