package org.reviewworkspace.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes reach open screens after their transaction committed, never on rollback, never on the publisher's thread. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DeliveringChangesTest {

    private static final String REVIEW_2025 = "REV-2025-PK-01";
    private static final Change MARKER = new Change(Change.Kind.NOTIFICATIONS, "marker", Set.of());

    @Autowired LiveUpdates updates;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired ReferenceScenario scenario;
    @Autowired ReviewService reviews;

    /** What the subscriber heard, and on which thread. */
    final BlockingQueue<Heard> heard = new LinkedBlockingQueue<>();
    Registration subscription;

    record Heard(Change change, Thread thread) {
    }

    @BeforeEach
    void subscribe() {
        subscription = updates.subscribe(change -> heard.add(new Heard(change, Thread.currentThread())));
    }

    @AfterEach
    void unsubscribe() {
        subscription.remove();
    }

    @Test
    void a_change_published_in_a_transaction_is_heard_only_once_it_committed_and_off_the_publishers_thread()
            {
        Change change = new Change(Change.Kind.REVIEW, REVIEW_2025, Set.of());
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            events.publishEvent(change);
            // published meanwhile without a transaction, so delivered at once: it must come first
            CompletableFuture.runAsync(() -> events.publishEvent(MARKER)).join();
            assertThat(next().change()).isEqualTo(MARKER);
            assertThat(heard).isEmpty();
        });

        Heard after = next();
        assertThat(after.change()).isEqualTo(change);
        assertThat(after.thread()).isNotSameAs(Thread.currentThread());
        assertThat(after.thread().getName()).startsWith("live-updates-");
    }

    @Test
    void a_change_published_in_a_transaction_that_rolls_back_is_never_heard() {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            events.publishEvent(new Change(Change.Kind.REVIEW, REVIEW_2025, Set.of()));
            tx.setRollbackOnly();
        });
        events.publishEvent(MARKER);

        // one thread delivers in order: had the rolled-back change gone out, it would be first
        assertThat(next().change()).isEqualTo(MARKER);
        assertThat(heard).isEmpty();
    }

    @Test
    void a_subscriber_that_unsubscribed_hears_nothing_more() {
        List<Change> late = new ArrayList<>();
        Registration other = updates.subscribe(late::add);
        int open = updates.subscriberCount();
        other.remove();
        events.publishEvent(MARKER);

        assertThat(next().change()).isEqualTo(MARKER);
        assertThat(updates.subscriberCount()).isEqualTo(open - 1);
        assertThat(late).isEmpty();
    }

    @Test
    @DirtiesContext
    void completing_the_plan_announces_the_new_tasks_and_the_recorded_actions_of_the_review() {
        scenario.draftPlan(reviews.byReferenceCode(REVIEW_2025), LocalDate.of(2025, 8, 24), true);
        events.publishEvent(MARKER);

        List<Change> changes = new ArrayList<>();
        for (Heard h = next(); !h.change().equals(MARKER); h = next()) {
            changes.add(h.change());
        }
        Change tasks = new Change(Change.Kind.TASKS, REVIEW_2025, Set.of());
        Change review = new Change(Change.Kind.REVIEW, REVIEW_2025, Set.of());
        // "Plan visit" completed, six "Assess institution" created (and assigned): a task change each
        assertThat(changes.stream().filter(tasks::equals).count()).isGreaterThanOrEqualTo(7);
        assertThat(changes).contains(review);
    }

    private Heard next() {
        Heard next;
        try {
            next = heard.poll(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(next).as("a change delivered within 10 s").isNotNull();
        return next;
    }
}
