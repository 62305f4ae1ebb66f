package org.reviewworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.NotAllowedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An administrator takes a role away, or disables an account, while its user is signed in: the
 * user's next request already runs without it, and services refuse what the role allowed.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RoleTakenAwayTest {

    @Autowired AppUserRepository accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired CurrentUser currentUser;
    @Autowired JdbcTemplate jdbc;

    private MockHttpSession session;

    @BeforeEach
    void coordinator_is_signed_in() {
        UserDetails user = userDetails.loadUserByUsername("coordinator");
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @AfterEach
    void give_the_role_back() {
        jdbc.update("update app_user set enabled = true where username = 'coordinator'");
        if (!accounts.findByUsername("coordinator").orElseThrow().hasRole(Role.COORDINATOR)) {
            jdbc.update("insert into app_user_role (user_id, role) select id, 'COORDINATOR' from app_user "
                    + "where username = 'coordinator'");
        }
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_role_taken_away_is_gone_at_the_next_request_and_services_refuse_what_it_allowed() throws Exception {
        assertThat(rolesAtNextRequest()).contains(Role.COORDINATOR);

        jdbc.update("delete from app_user_role where role = 'COORDINATOR' and user_id = "
                + "(select id from app_user where username = 'coordinator')");

        List<Object> seen = new ArrayList<>();
        nextRequest(() -> {
            seen.add(currentUser.roles());
            try {
                currentUser.require(Capability.START_OR_CANCEL_REVIEW);
            } catch (NotAllowedException e) {
                seen.add(e.getMessage());
            }
        });
        assertThat(seen).containsExactly(Set.of(), "Only a coordinator may start or cancel a review.");
        SecurityContext stored = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getAuthorities()).isEmpty();
        assertThat(stored.getAuthentication().getName()).isEqualTo("coordinator");
    }

    @Test
    void a_disabled_account_loses_its_session_at_the_next_request() throws Exception {
        jdbc.update("update app_user set enabled = false where username = 'coordinator'");

        List<Object> seen = new ArrayList<>();
        nextRequest(() -> seen.add(SecurityContextHolder.getContext().getAuthentication() == null));

        assertThat(seen).containsExactly(true);
        assertThat(session.isInvalid()).isTrue();
        assertThatThrownBy(() -> currentUser.username()).isInstanceOf(NotAllowedException.class);
    }

    private Set<Role> rolesAtNextRequest() throws Exception {
        List<Set<Role>> roles = new ArrayList<>();
        nextRequest(() -> roles.add(currentUser.roles()));
        return roles.get(0);
    }

    /** A request of the signed-in browser through the filter, the way Spring Security's chain runs it. */
    private void nextRequest(Runnable handler) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        SecurityContextHolder.setContext((SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        new CurrentAuthorities(accounts).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> handler.run());
    }
}
