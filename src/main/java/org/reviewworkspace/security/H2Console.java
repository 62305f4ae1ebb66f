package org.reviewworkspace.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * H2's web console, for developers only: off unless {@code spring.h2.console.enabled} is true,
 * which the {@code h2console} profile sets ({@code --spring.profiles.active=demo,h2console}).
 * It opens only to administrators (HTTP basic or the session of the login form), under the
 * application's headers except that the console may frame its own pages. The application refuses
 * to start with it in the {@code prod} profile: the console runs any SQL against the live
 * database, the audit trail included.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.h2.console.enabled", havingValue = "true")
class H2Console {

    H2Console(Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The H2 console (spring.h2.console.enabled, profile h2console) "
                    + "must not run in the prod profile");
        }
    }

    @Bean
    @Order(0)
    SecurityFilterChain h2ConsoleSecurityFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathRequest.toH2Console())
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.Names.ADMIN))
                .httpBasic(basic -> { })
                // the console's own forms carry no token of ours; only administrators reach it
                .csrf(AbstractHttpConfigurer::disable)
                .headers(HttpHardening::sameOriginFraming)
                .build();
    }
}
