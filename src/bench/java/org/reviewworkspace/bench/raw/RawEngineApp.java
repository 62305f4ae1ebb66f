package org.reviewworkspace.bench.raw;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.reviewworkspace.bench.Benchmarks;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * A bare Spring Boot context with the same auto-configuration (Camunda's starter, JPA, Flyway,
 * the same {@code application.yml}: history level, deployment of {@code bpmn/*.bpmn}) on the same
 * H2 file, but none of our features: the beans the BPMN's expressions call answer from constants
 * and do nothing else. What it measures is the engine running our process, the baseline of B2.
 *
 * <p>Deliberately no {@code @Configuration}: the application's component scan covers this
 * package, and must not pick these stand-ins up. As the primary source of its own context the
 * class is still read for its beans and its auto-configuration.
 */
@EnableAutoConfiguration
public class RawEngineApp {

    /** The six assessments of the reference scenario: assignment id → assessor. */
    static final List<String> ASSESSORS = List.of("lead", "assessor1", "assessor2", "assessor3", "assessor4", "lead");

    /** Starts the bare context on the database the application benchmark used. */
    public static ConfigurableApplicationContext start(Path dbFile) {
        // Vaadin's auto-configuration wants a web context even here; the same mock servlet context as the application's
        return Benchmarks.withoutEngineRest(new SpringApplicationBuilder(RawEngineApp.class)
                .web(WebApplicationType.SERVLET)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(Benchmarks.commonProperties(dbFile)));
    }

    @Bean("assessmentAssignments")
    Assignments assessmentAssignments() {
        return new Assignments();
    }

    @Bean("signOffCandidates")
    Candidates signOffCandidates() {
        return new Candidates();
    }

    @Bean("reviewStage")
    Stages reviewStage() {
        return new Stages();
    }

    /** Stands in for the visit feature: six assignments, ids 1 to 6. */
    public static class Assignments {

        public List<Long> forReview(String referenceCode) {
            return LongStream.rangeClosed(1, ASSESSORS.size()).boxed().toList();
        }

        public String assessorOf(Long assignmentId) {
            return ASSESSORS.get(assignmentId.intValue() - 1);
        }
    }

    /** Stands in for the four-eyes rule: the demo approver. */
    public static class Candidates {

        public List<String> forReview(String referenceCode) {
            return List.of("approver");
        }
    }

    /** Stands in for the stage signals: nothing listens. */
    public static class Stages {

        public void reached(DelegateExecution execution, String stage) {
            // the bare engine has no review status to mirror
        }

        public void remindAssessor(DelegateExecution execution) {
            // no timer fires in the benchmark
        }
    }
}
