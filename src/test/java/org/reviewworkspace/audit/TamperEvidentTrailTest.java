package org.reviewworkspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.demo.Acting;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit trail is tamper-evident: the database refuses to change or delete an event, an
 * event changed or removed by someone who lifts that protection is found and named when an
 * administrator verifies the trail, and writers appending at the same moment still make one
 * unbroken chain. The demo data has written a few dozen events through the real services.
 *
 * <p>Tests that alter the trail leave their context behind them; the class leaves none.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TamperEvidentTrailTest {

    /** What migration V8 creates on H2; an attacker with database rights drops and re-creates it. */
    static final String CREATE_TRIGGER = "create trigger audit_event_append_only before update, delete on audit_event "
            + "for each row call \"org.reviewworkspace.audit.AppendOnlyTrigger\"";

    @Autowired AuditChainVerifier verifier;
    @Autowired AuditService audit;
    @Autowired Acting acting;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_demo_trail_verifies_intact_with_every_event_counted_and_the_verification_is_itself_recorded() {
        long events = count();
        assertThat(events).as("the demo data went through the services").isGreaterThan(20);

        ChainVerification result = acting.as("admin", verifier::verifyTrail);

        assertThat(result.intact()).isTrue();
        assertThat(result.eventsVerified()).isEqualTo(events);
        assertThat(result.firstBrokenSequence()).isNull();
        assertThat(result.message()).isEqualTo("Intact: " + String.format("%,d", events) + " events verified");
        Map<String, Object> recorded = lastEvent();
        assertThat(recorded).containsEntry("ACTION", "audit.verified").containsEntry("ACTOR", "admin");
        assertThat((String) recorded.get("SUMMARY")).contains("Intact: " + String.format("%,d", events));
        assertThat(acting.as("admin", verifier::verifyTrail).eventsVerified())
                .as("the recorded verification is part of the chain the next one walks").isEqualTo(events + 1);
    }

    @Test
    @DirtiesContext
    void a_summary_changed_in_the_database_is_found_at_exactly_that_event_as_changed_content() {
        long n = count() / 2;
        Map<String, Object> original = event(n);

        behindTheApplicationsBack(() -> jdbc.update("update audit_event set summary = ? where sequence = ?",
                "Nothing of note happened", n));
        ChainVerification result = acting.as("admin", verifier::verifyTrail);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(n);
        assertThat(result.eventsVerified()).isEqualTo(n - 1);
        assertThat(result.whatDiffers()).isEqualTo("its stored hash does not match its content \u2014 the content "
                + "was changed after it was written");
        assertThat(result.message()).isEqualTo("Broken at event #" + n + " (" + Times.dateTime(occurredAt(n)) + ", "
                + original.get("ACTION") + " by " + original.get("ACTOR") + "): " + result.whatDiffers());
        assertThat(lastEvent()).containsEntry("ACTION", "audit.verified").containsEntry("ENTITY_ID", String.valueOf(n));
    }

    @Test
    @DirtiesContext
    void an_event_rewritten_with_a_fresh_hash_of_its_own_is_found_at_the_next_event_whose_link_no_longer_matches() {
        long n = count() / 2;
        // what a careful attacker does: recompute the altered event's hash so that it checks out on its own
        String rehashed = withSummary(n, "Nothing of note happened").getHash();

        behindTheApplicationsBack(() -> jdbc.update("update audit_event set summary = ?, hash = ? where sequence = ?",
                "Nothing of note happened", rehashed, n));
        ChainVerification result = acting.as("admin", verifier::verifyTrail);

        assertThat(result.firstBrokenSequence()).isEqualTo(n + 1);
        assertThat(result.eventsVerified()).isEqualTo(n);
        assertThat(result.whatDiffers()).isEqualTo("its previous-hash link does not match event #" + n
                + ": that event was rewritten with a new hash, or this link was changed");
    }

    @Test
    @DirtiesContext
    void an_event_deleted_from_the_middle_is_reported_as_missing() {
        long n = count() / 2;

        behindTheApplicationsBack(() -> jdbc.update("delete from audit_event where sequence in (?, ?)", n, n + 1));
        ChainVerification result = acting.as("admin", verifier::verifyTrail);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(n);
        assertThat(result.eventsVerified()).isEqualTo(n - 1);
        assertThat(result.message()).isEqualTo("Broken after event #" + (n - 1) + ": events #" + n + "\u2013#"
                + (n + 1) + " are missing");
    }

    @Test
    @DirtiesContext
    void the_latest_events_deleted_are_missing_up_to_the_chain_head() {
        long last = count();

        behindTheApplicationsBack(() -> jdbc.update("delete from audit_event where sequence > ?", last - 3));
        ChainVerification result = acting.as("admin", verifier::verifyTrail);

        assertThat(result.firstBrokenSequence()).isEqualTo(last - 2);
        assertThat(result.whatDiffers()).isEqualTo("events #" + (last - 2) + "\u2013#" + last + " are missing (the "
                + "chain head is at event #" + last + ")");
    }

    @Test
    @DirtiesContext
    void a_chain_head_set_to_another_hash_is_found_at_the_latest_event() {
        long last = count();

        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", "f".repeat(64));
        ChainVerification result = acting.as("admin", verifier::verifyTrail);

        assertThat(result.firstBrokenSequence()).isEqualTo(last);
        assertThat(result.message()).startsWith("Broken at event #" + last + " (")
                .endsWith("the chain head records a different hash for it \u2014 the head was changed in the database");
    }

    @Test
    void the_database_refuses_to_update_or_delete_an_audit_event() {
        long n = count() / 2;
        Map<String, Object> before = event(n);

        assertThatThrownBy(() -> jdbc.update("update audit_event set summary = 'Nothing of note' where sequence = ?",
                n))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where sequence = ?", n))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_event is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event"))
                .isInstanceOf(DataAccessException.class);

        assertThat(event(n)).isEqualTo(before);
        assertThat(count()).isGreaterThan(n);
        assertThat(jdbc.update("update audit_chain_head set last_sequence = last_sequence where id = 1"))
                .as("the chain head stays writable: every append moves it").isEqualTo(1);
    }

    @Test
    void eight_writers_appending_at_once_make_one_unbroken_chain() throws Exception {
        long before = count();
        int writers = 8;
        int eventsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 1; w <= writers; w++) {
            String writer = "writer" + w;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 1; i <= eventsEach; i++) {
                    audit.recordAlone(AuditEntry.of(writer, "test.appended", null, null, null,
                            writer + " appended event " + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long after = before + writers * eventsEach;
        assertThat(count()).isEqualTo(after);
        assertThat(jdbc.queryForObject("select max(sequence) from audit_event", Long.class))
                .as("no sequence number skipped or taken twice").isEqualTo(after);
        assertThat(jdbc.queryForList("select count(*) from audit_event where action = 'test.appended' group by actor",
                Integer.class)).as("every writer's events, each writer's in its own order").hasSize(writers)
                .containsOnly(eventsEach);
        ChainVerification result = acting.as("admin", verifier::verifyTrail);
        assertThat(result.intact()).as(result.message()).isTrue();
        assertThat(result.eventsVerified()).isEqualTo(after);
    }

    @Test
    void only_an_administrator_may_verify_the_trail() {
        long events = count();

        for (String username : List.of("coordinator", "approver", "observer", "lead")) {
            assertThatThrownBy(() -> acting.as(username, verifier::verifyTrail))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessage("Only an admin may verify the audit trail.");
        }
        assertThatThrownBy(verifier::verifyTrail).isInstanceOf(NotAllowedException.class);
        assertThat(count()).as("a refused verification walks nothing and records nothing by itself").isEqualTo(events);
    }

    /** As someone with the database's rights would: lift the trigger, change the rows, put the trigger back. */
    private void behindTheApplicationsBack(Runnable change) {
        jdbc.execute("drop trigger audit_event_append_only");
        try {
            change.run();
        } finally {
            jdbc.execute(CREATE_TRIGGER);
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    private Map<String, Object> event(long sequence) {
        return jdbc.queryForMap("select * from audit_event where sequence = ?", sequence);
    }

    private Map<String, Object> lastEvent() {
        return jdbc.queryForMap("select * from audit_event order by sequence desc limit 1");
    }

    private Instant occurredAt(long sequence) {
        return jdbc.queryForObject("select occurred_at from audit_event where sequence = ?", OffsetDateTime.class,
                sequence).toInstant();
    }

    /** Event {@code sequence} as it would be with another summary, hashed as the application hashes. */
    private AuditEvent withSummary(long sequence, String summary) {
        Map<String, Object> row = event(sequence);
        Long reviewId = row.get("REVIEW_ID") == null ? null : ((Number) row.get("REVIEW_ID")).longValue();
        AuditEntry entry = new AuditEntry((String) row.get("ACTOR"), (String) row.get("ACTION"), reviewId,
                (String) row.get("ENTITY_TYPE"), (String) row.get("ENTITY_ID"), (String) row.get("SUMMARY"),
                (String) row.get("DETAIL_BEFORE"), (String) row.get("DETAIL_AFTER"));
        String previousHash = (String) row.get("PREVIOUS_HASH");
        assertThat(new AuditEvent(sequence, occurredAt(sequence), entry, previousHash).getHash())
                .as("the event as read back hashes to what is stored").isEqualTo(row.get("HASH"));
        return new AuditEvent(sequence, occurredAt(sequence), new AuditEntry(entry.actor(), entry.action(), reviewId,
                entry.entityType(), entry.entityId(), summary, entry.before(), entry.after()), previousHash);
    }
}
