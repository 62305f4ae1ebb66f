package org.reviewworkspace.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a change to a user's account count at their next request rather than at their next
 * sign-in: the roles in the session are compared with the database on every request and replaced
 * when they differ; a disabled or removed account loses its session. Services read the roles
 * from the security context (see {@link CurrentUser}), so a role taken away is refused at once,
 * even on a screen that is already open. An account whose password an administrator set holds no
 * role until its owner has chosen a new one.
 */
class CurrentAuthorities extends OncePerRequestFilter {

    private final AppUserRepository users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CurrentAuthorities(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        Authentication signedIn = holder.getContext().getAuthentication();
        if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()) {
            Optional<AppUser> account = users.findByUsername(signedIn.getName());
            if (account.isEmpty() || !account.get().isEnabled()) {
                holder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                // until a password an administrator set is replaced, the account acts with no role at
                // all: every service that checks a role refuses, not only the screens (ChangePasswordGuard)
                List<GrantedAuthority> current = account.get().isMustChangePassword() ? List.of()
                        : account.get().getRoles().stream()
                        .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
                if (!names(signedIn.getAuthorities()).equals(names(current))) {
                    UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(
                            signedIn.getPrincipal(), null, current);
                    updated.setDetails(signedIn.getDetails());
                    SecurityContext context = holder.createEmptyContext();
                    context.setAuthentication(updated);
                    holder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static Set<String> names(Collection<? extends GrantedAuthority> granted) {
        Set<String> names = new HashSet<>();
        granted.forEach(authority -> names.add(authority.getAuthority()));
        return names;
    }
}
