package org.reviewworkspace.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.reviewworkspace.Application;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the real application on one PostgreSQL database, each a process of its own with
 * the engine's job executor on, behind nginx with the repository's configuration; a third
 * member in this JVM (job executor off) sets up work and reads the outcome. Runs where
 * PostgreSQL and nginx are (.ci/run provides both); skipped, saying so, elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesClusterTest {

    private NodeProcess a;
    private NodeProcess b;
    private Nginx nginx;
    private ConfigurableApplicationContext inspector;

    @BeforeAll
    void startTheCluster() throws Exception {
        TestPostgres.assumeAvailable();
        nginx = Nginx.assumeInstalled();
        String database = TestPostgres.freshDatabase("rw_cluster_test");
        // one after the other: the first migrates the database and loads the demo data
        a = new NodeProcess("a", 8081, database).start(true).awaitReady();
        b = new NodeProcess("b", 8082, database).start(true).awaitReady();
        nginx.start();
        // command-line arguments: they win over application-postgres.yml
        inspector = new SpringApplicationBuilder(Application.class).profiles("postgres").run(
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=", "--server.port=0", "--spring.main.banner-mode=off",
                "--camunda.bpm.job-execution.enabled=false", "--review.node-name=inspector");
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        if (inspector != null) {
            inspector.close();
        }
        if (nginx != null) {
            nginx.stop();
        }
        for (NodeProcess node : new NodeProcess[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void a_browser_signed_in_through_the_load_balancer_stays_on_its_node() throws Exception {
        HttpBrowser browser = new HttpBrowser(Nginx.URL);
        assertThat(browser.signIn("coordinator", "reviewdemo2025")).as("signed in through nginx").isTrue();
        String node = browser.cookie("REVIEW_NODE");
        String session = browser.cookie("JSESSIONID");
        assertThat(node).isIn("a", "b");
        for (int i = 0; i < 12; i++) {
            // a session lives on one node only: a request that reached the other would be sent to sign in
            HttpResponse<String> page = browser.get("/");
            assertThat(page.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(browser.cookie("JSESSIONID")).isEqualTo(session);
            assertThat(browser.cookie("REVIEW_NODE")).isEqualTo(node);
        }
    }

    @Test
    @Order(2)
    void the_timers_of_a_review_fire_once_with_the_job_executor_running_on_both_nodes() throws Exception {
        ReferenceScenario scenario = inspector.getBean(ReferenceScenario.class);
        PartnershipSummary partnership = scenario.createPartnership("Timers across nodes", "TIMERS");
        ReviewSummary review = scenario.startReview(partnership, 2024, "Overdue review", "Let the timers fire.");
        // a visit long past: each assessment's reminder and its overdue timer are due at once
        scenario.draftPlan(review, LocalDate.now().minusDays(40), true);
        String process = inspector.getBean(HistoryService.class).createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(review.referenceCode()).singleResult().getId();
        ManagementService management = inspector.getBean(ManagementService.class);
        TaskService tasks = inspector.getBean(TaskService.class);
        HistoryService history = inspector.getBean(HistoryService.class);
        await(Duration.ofMinutes(2), "every timer fired",
                () -> management.createJobQuery().processInstanceId(process).count() == 0);

        assertThat(history.createHistoricJobLogQuery().processInstanceId(process).creationLog().count())
                .as("timers set: a reminder and an overdue timer per assessment").isEqualTo(12);
        assertThat(history.createHistoricJobLogQuery().processInstanceId(process).successLog().count())
                .as("timer jobs run successfully").isEqualTo(12);
        assertThat(history.createHistoricJobLogQuery().processInstanceId(process).failureLog().count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process)
                .activityId(ReviewProcess.REMIND_ASSESSOR).finished().count()).as("assessors reminded").isEqualTo(6);
        assertThat(tasks.createTaskQuery().processInstanceId(process)
                .taskDefinitionKey(ReviewProcess.CHASE_OVERDUE_ASSESSMENT).count()).as("overdue assessments to chase")
                .isEqualTo(6);
        Map<String, Long> byNode = history.createHistoricJobLogQuery().processInstanceId(process).successLog().list()
                .stream().collect(Collectors.groupingBy(HistoricJobLog::getHostname, TreeMap::new, Collectors.counting()));
        System.out.println("Cluster: timer jobs run by node: " + byNode);
    }

    @Test
    @Order(3)
    void killing_a_node_in_a_burst_of_task_completions_loses_and_duplicates_nothing() throws Exception {
        a.go();
        b.go();
        await(Duration.ofMinutes(5), "both nodes completed a review cycle", () -> cycles(a) >= 1 && cycles(b) >= 1);
        a.kill();
        int bAtKill = cycles(b);
        System.out.println("Cluster: node a killed after " + cycles(a) + " cycles, node b at " + bAtKill);

        // a browser that was on node a is served by node b, which names itself
        HttpResponse<String> login = HttpBrowser.getOnce(Nginx.URL + "/login", "REVIEW_NODE=a");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("REVIEW_NODE=b;"));
        assertThat(new HttpBrowser(Nginx.URL).signIn("assessor1", "reviewdemo2025")).as("signed in on node b").isTrue();
        await(Duration.ofMinutes(3), "node b completed more cycles after node a died", () -> cycles(b) >= bAtKill + 2);

        a.start(false).awaitReady();
        long[] drill = b.stopDrill(Duration.ofMinutes(3));
        assertThat(drill[1]).as("cycles that failed on node b").isZero();

        ClusterConsistency consistency = new ClusterConsistency(inspector);
        assertThat(consistency.problems()).isEmpty();
        Long leftByTheKill = new org.springframework.jdbc.core.JdbcTemplate(inspector.getBean(javax.sql.DataSource.class))
                .queryForObject("select count(*) from review r join partnership p on p.id = r.partnership_id"
                        + " where p.name like 'Drill a %' and r.status <> 'PUBLISHED'", Long.class);
        System.out.printf("Cluster: consistent after the kill: %d reviews (%d left mid-cycle by node a), %d published,"
                + " %d audit events verified%n", consistency.reviews, leftByTheKill, consistency.published,
                consistency.auditEvents);
    }

    private static int cycles(NodeProcess node) {
        try {
            return node.cycles();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            Thread.sleep(250);
        }
    }
}
