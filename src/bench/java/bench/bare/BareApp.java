package bench.bare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline of B1: a bare Spring Boot 3.5.7 + Vaadin 24.9.14 + Camunda 7.24.0 application, one
 * trivial view ({@link HelloView} at {@code /}) and one trivial process ({@code bare/hello.bpmn}).
 *
 * <p>Its package lies outside {@code org.reviewworkspace} on purpose: the benchmarks that start our
 * application inside the benchmark JVM would otherwise find this class in their component scan and
 * this view among their routes.
 *
 * <p>B1 starts it from our production jar (Spring Boot's {@code PropertiesLauncher} with this
 * package's classes on {@code loader.path}), so that it loads its classes the same way, from the
 * same nested jars, and serves the same Vaadin production bundle as our application. That classpath
 * also holds what our application needs beyond a bare one, so this class switches it off:
 * <ul>
 * <li>its configuration is {@code bare-app.properties}, not our {@code application.yml};</li>
 * <li>its component scan covers this package only, and Vaadin looks for routes, the app shell and
 *     the like in this package only ({@code vaadin.allowed-packages}): none of our views, services
 *     or our {@code AppShellConfigurator} with its theme and push;</li>
 * <li>the auto-configurations that only our further dependencies bring in are excluded (see
 *     {@link #NOT_BARE}): JPA and Spring Data, Flyway (so none of our migrations run), Spring
 *     Security with Vaadin's part of it, mail, Bean Validation and the actuator. What stays is what
 *     the three starters bring: the embedded Tomcat and Spring MVC, Jackson, the H2 data source
 *     and its transactions, Vaadin and Camunda's engine.</li>
 * </ul>
 */
@SpringBootApplication
public class BareApp {

    /** Packages of auto-configurations that a Boot + Vaadin + Camunda application does not have. */
    static final List<String> NOT_BARE = List.of(
            "org.springframework.boot.actuate.autoconfigure.",
            "org.springframework.boot.autoconfigure.orm.jpa.",
            "org.springframework.boot.autoconfigure.data.",
            "org.springframework.boot.autoconfigure.flyway.",
            "org.springframework.boot.autoconfigure.security.",
            "org.springframework.boot.autoconfigure.mail.",
            "org.springframework.boot.autoconfigure.validation.",
            "com.vaadin.flow.spring.SpringSecurityAutoConfiguration");

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BareApp.class);
        app.setDefaultProperties(Map.of("spring.autoconfigure.exclude", String.join(",", notBareAutoConfigurations())));
        app.run(args);
    }

    /** The auto-configurations on the classpath that fall under {@link #NOT_BARE}. */
    static List<String> notBareAutoConfigurations() {
        List<String> excluded = new ArrayList<>();
        try {
            for (URL imports : Collections.list(BareApp.class.getClassLoader().getResources(
                    "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(imports.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::trim)
                            .filter(name -> NOT_BARE.stream().anyMatch(name::startsWith))
                            .forEach(excluded::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return excluded;
    }
}
