package org.reviewworkspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /actuator/auditchain} answers administrators, and only them, with the trail verified;
 * {@code /actuator/health} answers anyone with UP and nothing more.
 *
 * <p>The context is not left for other classes: Vaadin installs Spring Security's context holder
 * strategy statically, per context started, so a MockMvc context reused after another context
 * has started finds nobody signed in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditChainEndpointTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_administrator_gets_the_trail_verified_intact_with_the_number_of_events() throws Exception {
        long events = count();

        mvc.perform(get("/actuator/auditchain").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("intact"))
                .andExpect(jsonPath("$.eventsVerified").value(events))
                .andExpect(jsonPath("$.message").value(startsWith("Intact: ")))
                .andExpect(jsonPath("$.verifiedAt").isString())
                .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());

        assertThat(jdbc.queryForObject("select action from audit_event order by sequence desc limit 1", String.class))
                .isEqualTo("audit.verified");
    }

    @Test
    void automation_signs_in_with_http_basic_as_the_demo_admin() throws Exception {
        mvc.perform(get("/actuator/auditchain").with(httpBasic("admin", "reviewdemo2025")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("intact"));
        mvc.perform(get("/actuator/auditchain").with(httpBasic("admin", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_administrator_signed_in_through_the_login_form_uses_the_same_session() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("admin")
                        .password("reviewdemo2025"))
                .andExpect(authenticated().withUsername("admin"))
                .andReturn().getRequest().getSession();

        mvc.perform(get("/actuator/auditchain").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("intact"));
    }

    @Test
    void a_coordinator_is_refused_and_the_refusal_is_audited() throws Exception {
        long refusals = refusals();
        long verifications = verifications();

        mvc.perform(get("/actuator/auditchain").with(user("coordinator").roles("COORDINATOR")))
                .andExpect(status().isForbidden());

        assertThat(refusals()).isEqualTo(refusals + 1);
        assertThat(verifications()).as("nothing was verified").isEqualTo(verifications);
    }

    @Test
    void an_anonymous_caller_is_asked_to_sign_in() throws Exception {
        mvc.perform(get("/actuator/auditchain"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
    }

    @Test
    void health_is_open_and_says_only_up_and_the_list_of_endpoints_is_not() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        mvc.perform(get("/actuator"))
                .andExpect(status().isUnauthorized());
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    private long verifications() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'audit.verified'", Long.class);
    }

    private long refusals() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'access.refused'", Long.class);
    }
}
