package org.reviewworkspace.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every response carries the hardening headers of {@link HttpHardening} — the login page, a
 * Vaadin page and its UIDL requests, the actuator, report downloads and error pages — without
 * overriding the report's stricter policy; no server banner, no stack trace in an error page and
 * no H2 console unless a developer asks for it.
 *
 * <p>Through a real Tomcat (what a browser gets, the {@code Server} header and error pages
 * included) and MockMvc. The context is not left for other classes: Vaadin installs Spring
 * Security's context holder strategy statically, per context started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HardenedResponsesTest {

    static final String REVIEW_2022 = "REV-2022-PK-01";
    static final String SECRET = "SecretDetail-jdbc-password";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;
    @Autowired ApplicationContext context;

    HttpClient browser;

    /** Endpoints that fail the way a bug would, for the error pages. */
    @TestConfiguration
    static class FailingEndpoints {
        @RestController
        static class Failing {
            @GetMapping("/test-failures/broken")
            String broken() {
                throw new IllegalStateException(SECRET);
            }

            @GetMapping("/test-failures/missing")
            String missing() {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, SECRET);
            }
        }
    }

    @BeforeEach
    void openABrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void the_login_page_is_hardened_and_names_no_server() throws Exception {
        HttpResponse<String> login = fetch("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertHardened(login, HttpHardening.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_vaadin_page_and_its_uidl_requests_are_hardened() throws Exception {
        signIn("coordinator");

        HttpResponse<String> inbox = fetch("/");
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("<meta name=\"_csrf\"");
        assertHardened(inbox, HttpHardening.CONTENT_SECURITY_POLICY);

        HttpResponse<String> uidl = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertHardened(uidl, HttpHardening.CONTENT_SECURITY_POLICY);
    }

    @Test
    void the_csp_lets_vaadin_run_and_nothing_frame_or_load_from_elsewhere() {
        assertThat(HttpHardening.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
                        "img-src 'self' data: blob:", "connect-src 'self'", "frame-src 'self' blob:",
                        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'")
                .doesNotContain("*", "http:", "https:");
    }

    @Test
    void the_actuator_is_hardened_whether_open_or_refused() throws Exception {
        assertHardened(fetch("/actuator/health"), HttpHardening.CONTENT_SECURITY_POLICY);
        HttpResponse<String> refused = fetch("/actuator/auditchain");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertHardened(refused, HttpHardening.CONTENT_SECURITY_POLICY);

        expectHardened(mvc.perform(get("/actuator/health")), HttpHardening.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_report_download_is_hardened_and_the_html_report_keeps_its_stricter_policy() throws Exception {
        signIn("coordinator");

        HttpResponse<String> pdf = fetch("/reports/" + REVIEW_2022 + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertHardened(pdf, HttpHardening.CONTENT_SECURITY_POLICY);

        HttpResponse<String> html = fetch("/reports/" + REVIEW_2022 + ".html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertHardened(html, "default-src 'none'; style-src 'unsafe-inline'");
        assertThat(html.headers().allValues("Content-Security-Policy")).hasSize(1);

        expectHardened(mvc.perform(get("/reports/" + REVIEW_2022 + ".pdf").with(as("coordinator")))
                .andExpect(status().isOk()), HttpHardening.CONTENT_SECURITY_POLICY);
    }

    @Test
    void an_evidence_request_is_hardened_even_when_refused() throws Exception {
        signIn("coordinator");

        HttpResponse<String> unknown = fetch("/evidence/999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertHardened(unknown, HttpHardening.CONTENT_SECURITY_POLICY);
    }

    @Test
    void a_404_and_a_500_show_no_stack_trace_exception_or_detail() throws Exception {
        signIn("coordinator");

        for (String path : new String[] {"/test-failures/missing", "/test-failures/broken", "/evidence/not-a-number"}) {
            for (String accept : new String[] {"text/html", "application/json"}) {
                HttpResponse<String> error = send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
                assertThat(error.statusCode()).as(path).isIn(400, 404, 500);
                assertThat(error.body()).as(path + " as " + accept)
                        .doesNotContain(SECRET, "Exception", "\tat ", "at org.", "at java.", "trace")
                        .doesNotContainIgnoringCase("stacktrace");
                assertHardened(error, HttpHardening.CONTENT_SECURITY_POLICY);
            }
        }
        assertThat(fetch("/test-failures/broken").statusCode()).isEqualTo(500);
        assertThat(fetch("/test-failures/missing").statusCode()).isEqualTo(404);
    }

    @Test
    void the_h2_console_is_not_served_by_default() throws Exception {
        assertThat(context.getEnvironment().getProperty("spring.h2.console.enabled")).isEqualTo("false");
        assertThat(context.containsBean("h2Console")).isFalse();
        assertThat(context.getBeansOfType(H2Console.class)).isEmpty();

        signIn("admin");
        for (String path : new String[] {"/h2-console", "/h2-console/", "/h2-console/login.jsp"}) {
            HttpResponse<String> response = fetch(path);
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("H2 Console")
                    .doesNotContain("login.do", "jdbc:h2");
        }
    }

    @Test
    void the_h2_console_refuses_to_start_in_production() {
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod", "h2console");

        assertThatThrownBy(() -> new H2Console(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("prod");
    }

    private void assertHardened(HttpResponse<String> response, String policy) {
        String what = response.request().uri().getPath() + " (" + response.statusCode() + ")";
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).hasValue(policy);
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).as(what)
                .hasValue(HttpHardening.PERMISSIONS_POLICY);
        assertThat(response.headers().firstValue("Server")).as(what + ": no server banner").isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).as(what).isEmpty();
    }

    private static void expectHardened(ResultActions result, String policy) throws Exception {
        result.andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", policy))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    /** Signs in through the login form, as a browser does: the CSRF token from the page, then the post. */
    private void signIn(String username) throws IOException, InterruptedException {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(fetch("/login").body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + username + "&password=reviewdemo2025&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }
}
