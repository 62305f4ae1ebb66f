package org.reviewworkspace.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page: {@code /login?locked} for a locked account, with
 * the end of the lock in the session for the page to show, {@code /login?error} otherwise.
 */
public class SignInFailureHandler implements AuthenticationFailureHandler {

    /** The session attribute holding the {@link java.time.Instant} a locked account opens again. */
    public static final String LOCKED_UNTIL = SignInFailureHandler.class.getName() + ".lockedUntil";

    private final AppUserRepository users;
    private final SimpleUrlAuthenticationFailureHandler error = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");

    SignInFailureHandler(AppUserRepository users) {
        this.users = users;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof LockedException) {
            String username = request.getParameter("username");
            users.findByUsername(username == null ? "" : username).map(AppUser::getLockedUntil)
                    .ifPresent(until -> request.getSession().setAttribute(LOCKED_UNTIL, until));
            locked.onAuthenticationFailure(request, response, exception);
        } else {
            error.onAuthenticationFailure(request, response, exception);
        }
    }
}
