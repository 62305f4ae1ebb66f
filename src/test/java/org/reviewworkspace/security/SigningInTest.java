package org.reviewworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.demo.Acting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signing in through the login form as the browser does: wrong passwords lock an account for a
 * while, a locked account is told so, and the session gets a new id at sign-in.
 *
 * <p>The context is not left for other classes: Vaadin installs Spring Security's context holder
 * strategy statically, per context started (see AuditChainEndpointTest).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SigningInTest {

    private static final String PASSWORD = "lahore tram ochre window";

    /** A clock the tests move forward, instead of waiting for a lock to run out. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2025-08-24T11:30:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired MovableClock clock;
    @Autowired AccountService accounts;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;
    @Autowired ServerProperties server;

    @AfterEach
    void timeGoesOnPastAnyLock() {
        clock.advance(Duration.ofHours(1));
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_even_the_right_one_is_refused_until_the_lock_runs_out()
            throws Exception {
        account("locked.out");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("locked.out", "wrong password " + attempt).andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }

        MvcResult refused = signIn("locked.out", PASSWORD).andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked")).andReturn();

        Instant until = clock.instant().plus(Duration.ofMinutes(15));
        assertThat(refused.getRequest().getSession().getAttribute(SignInFailureHandler.LOCKED_UNTIL)).isEqualTo(until);
        assertThat(summaries("user.locked", "locked.out")).containsExactly(
                "Account locked.out locked after 5 failed sign-ins until " + Times.dateTime(until));
        assertThat(summaries("user.sign-in-failed", "locked.out")).hasSize(6);

        clock.advance(Duration.ofMinutes(14));
        signIn("locked.out", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn("locked.out", PASSWORD).andExpect(authenticated().withUsername("locked.out"));
    }

    @Test
    void the_administrator_unlocks_an_account_before_the_lock_runs_out() throws Exception {
        account("unlocked.early");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("unlocked.early", "wrong password " + attempt);
        }
        signIn("unlocked.early", PASSWORD).andExpect(redirectedUrl("/login?locked"));
        Instant until = clock.instant().plus(Duration.ofMinutes(15));

        acting.run("admin", () -> {
            UserAccount locked = accounts.users("unlocked.early", PageRequest.of(0, 1)).get(0);
            assertThat(locked.locked()).isTrue();
            accounts.unlock(locked.id(), locked.version());
        });

        signIn("unlocked.early", PASSWORD).andExpect(authenticated().withUsername("unlocked.early"));
        assertThat(summaries("user.unlocked", "unlocked.early")).containsExactly(
                "Administrator unlocked the account unlocked.early (locked until " + Times.dateTime(until) + ")");
    }

    @Test
    void a_successful_sign_in_starts_the_count_again() throws Exception {
        account("forgetful");
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("forgetful", "wrong password " + attempt);
        }
        signIn("forgetful", PASSWORD).andExpect(authenticated());
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn("forgetful", "wrong password " + attempt);
        }

        signIn("forgetful", PASSWORD).andExpect(authenticated().withUsername("forgetful"));
        assertThat(summaries("user.locked", "forgetful")).isEmpty();
    }

    @Test
    void wrong_passwords_sent_at_the_same_time_all_count() throws Exception {
        account("hammered");
        Thread[] attempts = new Thread[5];
        for (int i = 0; i < attempts.length; i++) {
            int attempt = i;
            attempts[i] = new Thread(() -> {
                try {
                    signIn("hammered", "wrong password " + attempt);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            attempts[i].start();
        }
        for (Thread attempt : attempts) {
            attempt.join();
        }

        signIn("hammered", PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        assertThat(summaries("user.locked", "hammered")).hasSize(1);
    }

    @Test
    void the_session_gets_a_new_id_at_sign_in() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();

        MvcResult result = mvc.perform(post("/login").param("username", "coordinator")
                        .param("password", "reviewdemo2025").with(csrf()).session(before))
                .andExpect(authenticated().withUsername("coordinator")).andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(idBefore);
    }

    @Test
    void a_session_expires_after_thirty_minutes_without_requests() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String username, String password)
            throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password));
    }

    /** An account as the demo users are made: no password change pending. */
    private void account(String username) {
        accounts.createIfAbsent(username, username, null, PASSWORD, Set.of(Role.OBSERVER));
    }

    private java.util.List<String> summaries(String action, String username) {
        return jdbc.queryForList("select summary from audit_event where action = ? and entity_id = ? order by sequence",
                String.class, action, username);
    }
}
