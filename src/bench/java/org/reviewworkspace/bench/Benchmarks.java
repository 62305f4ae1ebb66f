package org.reviewworkspace.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.Application;
import org.reviewworkspace.bench.peer.EngineRestApp;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * Runs the benchmarks of DESIGN.md §8 and prints one table: figure, budget, measured, PASS or
 * FAIL. Started by {@code ./mvnw -Pbench verify}; {@code -Dbench.only=B2,B5} runs some of them only
 * (B1 to B5 and PEER by default; CLUSTER, B2's workload on one and two nodes on PostgreSQL, on request); {@code -Dbench.scale=0.05} sizes B3 and PEER (which measures on B3's data), {@code -Dbench.rounds=3} B1 and
 * {@code -Dbench.sessions=50} B4. Exits non-zero when a budget is missed, so the build says so too.
 */
public final class Benchmarks {

    /**
     * The auto-configuration Camunda's REST starter brings (its Jersey resources, and Jersey's
     * servlet), which every context but PEER's leaves out.
     */
    public static final List<String> ENGINE_REST_AUTO_CONFIGURATION = List.of(
            "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
            "org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration");

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String only = System.getProperty("bench.only", "");
        Set<String> chosen = only.isBlank() ? Set.of("B1", "B2", "B3", "B4", "B5", "PEER")
                : Arrays.stream(only.split(",")).map(String::trim).map(String::toUpperCase).collect(Collectors.toSet());
        BenchTable table = new BenchTable();
        Path db = Path.of("target", "bench", "db-" + System.currentTimeMillis());

        if (chosen.contains("B1")) {
            // first, while nothing else runs in this JVM: it starts the applications as processes of their own
            new StartupBenchmark(db.resolve("startup")).run(table);
        }

        if (chosen.contains("B4")) {
            // before the others: their contexts leave nothing per session behind, but a fresh heap is easier to read
            new SessionHeapBenchmark(db.resolve("sessions").resolve("review-workspace")).run(table);
        }

        if (chosen.contains("B5") || chosen.contains("B2")) {
            try (ConfigurableApplicationContext app = startApplication(db.resolve("review-workspace"))) {
                if (chosen.contains("B2")) {
                    new CycleBenchmark(app).runServices(table);
                }
                if (chosen.contains("B5")) {
                    new ContentionBenchmark(app).run(table);
                }
            }
            if (chosen.contains("B2")) {
                // the same BPMN on the same database, driven by the raw engine API from a bare context
                try (ConfigurableApplicationContext raw = org.reviewworkspace.bench.raw.RawEngineApp.start(db.resolve("review-workspace"))) {
                    CycleBenchmark.runRaw(raw, table);
                }
            }
        }

        if (chosen.contains("B3") || chosen.contains("PEER")) {
            double scale = Double.parseDouble(System.getProperty("bench.scale", "0.05"));
            Path scaleDb = db.resolve("scale");
            try (ConfigurableApplicationContext app = startApplication(scaleDb)) {
                ScaleBenchmark b3 = new ScaleBenchmark(app, scale);
                List<ReviewSummary> reviews = b3.generate(table);
                if (chosen.contains("B3")) {
                    b3.measure(table, reviews);
                }
                if (chosen.contains("PEER")) {
                    // B3's data, through Camunda's REST API from a context of its own on the same database
                    try (ConfigurableApplicationContext rest = EngineRestApp.start(scaleDb)) {
                        new PeerBenchmark(app, EngineRestApp.engineRest(rest)).run(table);
                    }
                }
            }
        }

        if (chosen.contains("CLUSTER")) {
            // not in the default set: it needs a PostgreSQL server (REVIEW_TEST_POSTGRES), as the cluster tests do
            org.reviewworkspace.cluster.ClusterBenchmark.run().forEach(table::info);
        }

        System.out.println();
        System.out.println("Benchmarks (DESIGN.md §8), " + Runtime.getRuntime().availableProcessors() + " cores, "
                + "max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + loadAverage());
        System.out.print(table.render());
        System.exit(table.anyFailed() ? 1 : 0);
    }

    /**
     * The application with its services and demo data on an H2 file database of its own (the
     * production default), timers switched off so that no job runs beside the measured work. The
     * web context stands on a mock servlet context, as in {@code @SpringBootTest}: the security
     * and Vaadin configuration need one, but nothing serves HTTP.
     */
    static ConfigurableApplicationContext startApplication(Path dbFile) {
        return withoutEngineRest(new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .profiles("demo")
                .run(commonProperties(dbFile)));
    }

    /**
     * What both the application and the bare engine context use: one database, history level, no
     * job executor, and none of the engine's REST API, whose starter is on the benchmarks'
     * classpath for PEER alone. Command-line arguments, so that they win over {@code application.yml}
     * (and never touch the developer's database under {@code ./data}).
     */
    public static String[] commonProperties(Path dbFile) {
        List<String> properties = new ArrayList<>(List.of(engineProperties(dbFile)));
        properties.add("--spring.autoconfigure.exclude=" + String.join(",", ENGINE_REST_AUTO_CONFIGURATION));
        return properties.toArray(String[]::new);
    }

    /**
     * The database, history level and job executor of {@link #commonProperties} alone, for the
     * one context that serves the engine's REST API ({@link org.reviewworkspace.bench.peer.EngineRestApp}).
     */
    public static String[] engineProperties(Path dbFile) {
        return new String[] {
                "--spring.datasource.url=jdbc:h2:file:" + dbFile.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.history-level=full",
                "--spring.main.banner-mode=off",
                "--logging.level.root=warn",
                "--logging.level.org.reviewworkspace=warn",
                "--logging.level.org.reviewworkspace.bench=info",
        };
    }

    /**
     * Fails when {@code context} has a bean of Camunda's REST API or of Jersey in it after all
     * (e.g. from Spring Boot's actuator, which has Jersey configurations of its own): the REST
     * starter is on the benchmarks' classpath for PEER only, and must not add start-up work or
     * beans to the contexts the other figures measure.
     */
    public static ConfigurableApplicationContext withoutEngineRest(ConfigurableApplicationContext context) {
        List<String> strays = Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType).filter(Objects::nonNull).map(Class::getName)
                .filter(type -> type.toLowerCase(Locale.ROOT).contains("jersey")
                        || type.startsWith("org.camunda.bpm.engine.rest.")
                        || type.startsWith("org.camunda.bpm.spring.boot.starter.rest."))
                .toList();
        if (!strays.isEmpty()) {
            context.close();
            throw new IllegalStateException("A benchmark context has the engine's REST API or Jersey in it "
                    + strays + "; start it with Benchmarks.commonProperties");
        }
        return context;
    }

    /**
     * The machine's load average over the last minute, printed beside figures measured on a
     * machine that may be shared: above the number of cores, something else competed for them.
     */
    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "load average unknown" : String.format(java.util.Locale.ROOT, "load average %.1f", load);
    }
}
