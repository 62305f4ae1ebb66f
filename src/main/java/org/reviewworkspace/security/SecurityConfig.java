package org.reviewworkspace.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.reviewworkspace.base.AccessRefused;
import org.reviewworkspace.security.ui.LoginView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Form login through the Vaadin login view; every view declares who may open it. Services do not
 * rely on this: each checks role and membership itself (see {@code CurrentUser}).
 *
 * <p>The actuator has a chain of its own: {@code health} is open, for load balancers, and says
 * only UP or DOWN; {@code auditchain} is for administrators, signed in by HTTP basic (what
 * automation such as {@code curl -u} sends) or by the session of the login form; every other
 * actuator path is refused.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** The route of {@link LoginView}. */
    private static final String LOGIN_ROUTE = "login";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, ApplicationEventPublisher events)
            throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to("auditchain")).hasRole(Role.Names.ADMIN)
                        .anyRequest().denyAll())
                // the status is set rather than sent as an error: Tomcat would pass an error on to
                // /error, which the application's own chain answers with the way to the login page
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, missing) ->
                        answer(response, HttpStatus.UNAUTHORIZED)))
                .headers(HttpHardening::headers)
                // only reads: there is no form here to forge
                .csrf(AbstractHttpConfigurer::disable)
                // no session for a refused probe: nothing to return to after signing in
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, denied) -> {
                    // a refused request is audited like a refused action in the application (DESIGN.md §6.2)
                    var user = request.getUserPrincipal();
                    if (user != null) {
                        events.publishEvent(new AccessRefused(user.getName(), "only an admin may read "
                                + request.getRequestURI()));
                    }
                    answer(response, HttpStatus.FORBIDDEN);
                }))
                .build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AppUserRepository users) throws Exception {
        // a role taken away or an account disabled counts at the user's next request, not their next sign-in
        http.addFilterAfter(new CurrentAuthorities(users), SecurityContextHolderFilter.class);
        http.headers(HttpHardening::headers);
        http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class));
        // a locked account is told so, and until when, instead of "wrong password"; the login page
        // stays the login view (without it Spring Security would generate a page of its own)
        http.formLogin(form -> form.loginPage("/" + LOGIN_ROUTE).failureHandler(new SignInFailureHandler(users)));
        return http.build();
    }

    /** Answers an actuator request with {@code status} and a one-line reason, and basic authentication offered. */
    private static void answer(HttpServletResponse response, HttpStatus status) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Review Workspace\"");
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.getWriter().write(status.getReasonPhrase());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
