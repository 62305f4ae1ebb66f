package org.reviewworkspace.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.Application;
import org.reviewworkspace.cluster.TestPostgres;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.live.Presence.Places;
import org.reviewworkspace.live.Presence.Visitor;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes of the application on one PostgreSQL database (profile {@code postgres}): what
 * happens on one shows on the screens of the other. Skipped without a PostgreSQL server (see
 * {@link TestPostgres}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReachingTheOtherNodesTest {

    static final String DATABASE = "rw_live_test";
    static final Duration PATIENCE = Duration.ofSeconds(10);

    static String url;
    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    final Visitor coordinator = new Visitor("s1/0/1", "s1", "coordinator", "Review coordinator");
    final Visitor lead = new Visitor("s2/0/2", "s2", "lead", "Delegation lead");
    final List<Registration> registrations = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() {
        TestPostgres.assumeAvailable();
        url = TestPostgres.freshDatabase(DATABASE);
        // one after the other: the second finds the database migrated, and the demo data loaded, by the first
        nodeA = start("demo");
        nodeB = start();
    }

    @AfterAll
    static void stopTheNodes() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @AfterEach
    void leaveEverything() {
        registrations.forEach(Registration::remove);
    }

    @Test
    void a_change_committed_on_one_node_reaches_a_screen_on_the_other() {
        BlockingQueue<Change> heardOnB = listenOn(nodeB, "REV-2025-PK-10");
        Change change = new Change(Change.Kind.TASKS, "REV-2025-PK-10", Set.of("coordinator", "lead"));

        inTransactionOn(nodeA, () -> nodeA.publishEvent(change), false);

        assertThat(next(heardOnB)).isEqualTo(change);
    }

    @Test
    void a_plan_completed_on_one_node_is_in_the_assessors_inbox_on_the_other_at_once_and_their_open_inbox_hears_of_it() {
        BlockingQueue<Change> heardOnB = listenOn(nodeB, "REV-2025-PK-01");
        ReviewSummary review = nodeA.getBean(Acting.class).as("coordinator",
                () -> nodeA.getBean(ReviewService.class).byReferenceCode("REV-2025-PK-01"));

        nodeA.getBean(ReferenceScenario.class).draftPlan(review, LocalDate.of(2025, 8, 24), true);

        List<InboxItem> inboxOnB = nodeB.getBean(Acting.class).as("assessor1",
                () -> nodeB.getBean(InboxService.class).page(0, 50));
        assertThat(inboxOnB).anyMatch(task -> task.reviewCode().equals("REV-2025-PK-01")
                && task.institution().contains("HMC-3"));
        Change heard;
        do {
            heard = next(heardOnB);
        } while (!(heard.kind() == Change.Kind.TASKS && heard.concerns("assessor1")));
    }

    @Test
    void a_change_whose_transaction_rolled_back_reaches_nobody_on_the_other_node() {
        BlockingQueue<Change> heardOnB = listenOn(nodeB, "REV-2025-PK-02");
        Change marker = new Change(Change.Kind.NOTIFICATIONS, "REV-2025-PK-02", Set.of());

        inTransactionOn(nodeA, () -> nodeA.publishEvent(new Change(Change.Kind.REVIEW, "REV-2025-PK-02", Set.of())),
                true);
        nodeA.publishEvent(marker);

        // the nodes hear each other in commit order: had the rolled-back change gone out, it would be first
        assertThat(next(heardOnB)).isEqualTo(marker);
        assertThat(heardOnB).isEmpty();
    }

    @Test
    void a_change_for_more_users_than_a_notification_holds_reaches_the_other_node_for_anybody() {
        BlockingQueue<Change> heardOnB = listenOn(nodeB, "REV-2025-PK-03");
        Set<String> everybody = IntStream.range(0, 1000).mapToObj(i -> "assessor-number-" + i)
                .collect(Collectors.toSet());

        nodeA.publishEvent(new Change(Change.Kind.NOTIFICATIONS, "REV-2025-PK-03", everybody));

        Change heard = next(heardOnB);
        assertThat(heard.kind()).isEqualTo(Change.Kind.NOTIFICATIONS);
        assertThat(heard.usernames()).isEmpty();
        assertThat(heard.concerns("assessor-number-7")).isTrue();
        assertThat(heard.concerns("somebody-else")).isTrue();
    }

    @Test
    void a_node_whose_listening_connection_was_cut_hears_the_other_again_once_it_is_back() {
        BlockingQueue<Change> heardOnB = listenOn(nodeB, "REV-2025-PK-08");
        JdbcTemplate sql = nodeA.getBean(JdbcTemplate.class);
        String relays = "select count(*) from pg_stat_activity where application_name = '" + ClusterRelay.APPLICATION_NAME
                + "' and datname = '" + DATABASE + "'";
        assertThat(sql.queryForObject(relays, Integer.class)).isEqualTo(2);

        // what a restart of the database server or a network failure does to the listening connections
        sql.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + ClusterRelay.APPLICATION_NAME + "' and datname = '" + DATABASE + "'");
        await().atMost(PATIENCE.multipliedBy(2)).untilAsserted(
                () -> assertThat(sql.queryForObject(relays, Integer.class)).isEqualTo(2));
        Change change = new Change(Change.Kind.REVIEW, "REV-2025-PK-08", Set.of());
        inTransactionOn(nodeA, () -> nodeA.publishEvent(change), false);

        assertThat(next(heardOnB)).isEqualTo(change);
    }

    @Test
    void a_visitor_entering_on_one_node_is_listed_on_the_other_in_arrival_order_and_its_listeners_hear_of_it() {
        String place = Places.review("REV-2025-PK-04");
        BlockingQueue<String> placesHeardOnB = presenceListenerOn(nodeB, place);

        registrations.add(presence(nodeA).enter(place, coordinator));
        assertThat(next(placesHeardOnB)).isEqualTo(place);
        registrations.add(presence(nodeB).enter(place, lead));

        assertThat(presence(nodeB).at(place)).containsExactly(coordinator, lead);
        assertThat(presence(nodeA).at(place)).containsExactly(coordinator, lead);
    }

    @Test
    void leaving_on_one_node_takes_the_visitor_away_on_the_other() {
        String place = Places.review("REV-2025-PK-05");
        String form = Places.assessment("REV-2025-PK-05", "NCP");
        BlockingQueue<String> placesHeardOnB = presenceListenerOn(nodeB, place, form);
        Registration coordinatorHere = presence(nodeA).enter(place, coordinator);
        presence(nodeA).enter(form, lead);
        assertThat(presence(nodeB).at(place)).containsExactly(coordinator);
        assertThat(List.of(next(placesHeardOnB), next(placesHeardOnB))).containsExactly(place, form);

        coordinatorHere.remove();
        assertThat(next(placesHeardOnB)).isEqualTo(place);
        assertThat(presence(nodeB).at(place)).isEmpty();

        presence(nodeA).leaveSession("s2");
        assertThat(next(placesHeardOnB)).isEqualTo(form);
        assertThat(presence(nodeB).at(form)).isEmpty();
    }

    @Test
    void the_visitors_of_a_node_whose_heartbeat_stopped_disappear_from_the_others_and_their_listeners_hear_of_it() {
        String place = Places.review("REV-2025-PK-06");
        // what a node killed without warning leaves behind: its row, its visitors, and no more heartbeats
        JdbcTemplate sql = nodeB.getBean(JdbcTemplate.class);
        sql.update("insert into live_node (node_id, heartbeat_at) values ('crashed-node', current_timestamp)");
        sql.update("insert into live_visitor (node_id, seat, place, visitor_id, session_key, username, display_name)"
                + " values ('crashed-node', 1, ?, 's9/0/9', 's9', 'lead', 'Delegation lead')", place);
        BlockingQueue<String> placesHeardOnB = presenceListenerOn(nodeB, place);
        registrations.add(presence(nodeA).enter(place, coordinator));
        Visitor leadOnTheCrashedNode = new Visitor("s9/0/9", "s9", "lead", "Delegation lead");
        assertThat(presence(nodeB).at(place)).containsExactly(leadOnTheCrashedNode, coordinator);
        assertThat(next(placesHeardOnB)).as("the coordinator's arrival").isEqualTo(place);

        sql.update("update live_node set heartbeat_at = current_timestamp - interval '1 minute'"
                + " where node_id = 'crashed-node'");

        assertThat(presence(nodeB).at(place)).containsExactly(coordinator);
        assertThat(next(placesHeardOnB)).as("the crashed node's visitors taken away").isEqualTo(place);
        assertThat(sql.queryForObject("select count(*) from live_visitor where node_id = 'crashed-node'",
                Integer.class)).isZero();
        assertThat(presence(nodeA).at(place)).containsExactly(coordinator);
    }

    @Test
    void a_node_taken_for_dead_while_it_was_alive_lists_its_visitors_again() {
        String place = Places.review("REV-2025-PK-09");
        BlockingQueue<String> placesHeardOnB = presenceListenerOn(nodeB, place);
        registrations.add(presence(nodeA).enter(place, coordinator));
        assertThat(next(placesHeardOnB)).as("the coordinator's arrival").isEqualTo(place);

        // what the others do when node A's heartbeat is late (a long pause, the database out of its reach)
        nodeB.getBean(JdbcTemplate.class).update("delete from live_node where node_id = ?",
                nodeA.getBean(ClusterRelay.class).node());
        assertThat(presence(nodeB).at(place)).isEmpty();

        // A finds out at its next heartbeat, and enters its visitors again
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(presence(nodeB).at(place)).containsExactly(coordinator));
        assertThat(next(placesHeardOnB)).as("the coordinator listed again").isEqualTo(place);
    }

    @Test
    void a_node_that_stops_cleanly_takes_its_visitors_away_from_the_others_at_once() {
        String place = Places.review("REV-2025-PK-07");
        BlockingQueue<String> placesHeardOnB = presenceListenerOn(nodeB, place);
        ConfigurableApplicationContext nodeC = start();
        presence(nodeC).enter(place, lead);
        assertThat(presence(nodeB).at(place)).containsExactly(lead);
        assertThat(next(placesHeardOnB)).as("the lead's arrival").isEqualTo(place);

        nodeC.close();

        assertThat(next(placesHeardOnB)).isEqualTo(place);
        assertThat(presence(nodeB).at(place)).isEmpty();
    }

    static ConfigurableApplicationContext start(String... moreProfiles) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("postgres", "test")
                .profiles(moreProfiles)
                // Vaadin's security configuration needs a servlet context: a web server on a free port
                .web(WebApplicationType.SERVLET)
                // on the command line, so that they win over the test profile's in-memory database
                .run("--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        // the test server is shared: a node without a job executor needs few connections
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--camunda.bpm.job-execution.enabled=false");
    }

    static Presence presence(ConfigurableApplicationContext node) {
        return node.getBean(Presence.class);
    }

    /** The changes of one review a subscriber on {@code node} hears; each test has its review, so none hears another's. */
    BlockingQueue<Change> listenOn(ConfigurableApplicationContext node, String referenceCode) {
        BlockingQueue<Change> heard = new LinkedBlockingQueue<>();
        registrations.add(node.getBean(LiveUpdates.class).subscribe(change -> {
            if (referenceCode.equals(change.referenceCode())) {
                heard.add(change);
            }
        }));
        return heard;
    }

    /** The places a presence listener on {@code node} hears of; each test has its places, so none hears another's. */
    BlockingQueue<String> presenceListenerOn(ConfigurableApplicationContext node, String... places) {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        Set<String> concerned = Set.of(places);
        registrations.add(presence(node).subscribe(place -> {
            if (concerned.contains(place)) {
                heard.add(place);
            }
        }));
        return heard;
    }

    static void inTransactionOn(ConfigurableApplicationContext node, Runnable work, boolean rollBack) {
        new TransactionTemplate(node.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
            work.run();
            if (rollBack) {
                tx.setRollbackOnly();
            }
        });
    }

    static <T> T next(BlockingQueue<T> heard) {
        T next;
        try {
            next = heard.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(next).as("heard within %s", PATIENCE).isNotNull();
        return next;
    }
}
