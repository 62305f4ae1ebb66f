package org.reviewworkspace.bench.peer;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.reviewworkspace.bench.Benchmarks;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Camunda's engine and its REST API, as Camunda's REST starter serves them, in a bare Spring Boot
 * context of their own on the database of the application's context: the peer of our inbox in
 * PEER. A real embedded Tomcat on a free port of the loopback interface only, serving
 * {@code /engine-rest} and nothing else.
 *
 * <p>A context apart rather than the REST inside the application's context: the application's
 * benchmark context has no HTTP server (a mock servlet context), its Spring Security would want a
 * login for {@code /engine-rest/**}, and Vaadin would claim the servlet's root. Here the
 * auto-configuration is listed class by class: data source, transactions, the engine, Jersey with
 * Camunda's resources, Tomcat — no Spring Security (so no login: acceptable on loopback, for the
 * length of a benchmark), no Vaadin, JPA or Flyway.
 *
 * <p>Both contexts run in one JVM and open the same H2 file with the same URL, so they share one
 * database. The engine here is named {@value #ENGINE}, not "default": the REST API finds engines
 * through Camunda's static registry by name, where the application's engine is "default", and
 * requests go to {@code /engine-rest/engine/peer/...}, which is the same resource as
 * {@code /engine-rest/...} for the named engine. It deploys nothing (the application has), runs
 * no jobs, and publishes no task events.
 *
 * <p>Deliberately no {@code @Configuration}: the application's component scan covers this
 * package, and must not pick it up (as {@link org.reviewworkspace.bench.raw.RawEngineApp}).
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
        CamundaBpmAutoConfiguration.class, CamundaBpmRestJerseyAutoConfiguration.class,
        JerseyAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class})
public class EngineRestApp {

    /** The engine's name in Camunda's registry and in the REST paths. */
    public static final String ENGINE = "peer";

    /** Starts the engine and its REST API on the database file the application's context uses. */
    public static ConfigurableApplicationContext start(Path dbFile) {
        List<String> properties = new ArrayList<>(List.of(Benchmarks.engineProperties(dbFile)));
        properties.addAll(List.of(
                "--camunda.bpm.process-engine-name=" + ENGINE,
                "--camunda.bpm.auto-deployment-enabled=false",
                "--camunda.bpm.eventing.task=false",
                "--camunda.bpm.jpa.enabled=false",
                "--server.address=127.0.0.1",
                "--server.port=0",
                // Jersey starts with the context, not at the first request
                "--spring.jersey.servlet.load-on-startup=1"));
        return new SpringApplicationBuilder(EngineRestApp.class)
                .web(WebApplicationType.SERVLET)
                .run(properties.toArray(String[]::new));
    }

    /** Where the named engine's REST resources are, e.g. {@code http://127.0.0.1:41234/engine-rest/engine/peer}. */
    public static URI engineRest(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + "/engine-rest/engine/" + ENGINE);
    }
}
