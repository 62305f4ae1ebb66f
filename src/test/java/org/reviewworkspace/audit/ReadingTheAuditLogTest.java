package org.reviewworkspace.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.StartReviewForm;
import org.reviewworkspace.security.AccountService;
import org.reviewworkspace.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit log read through its service on the demo data (the published 2022 review, the 2025
 * review in planning): the filters select exactly the matching events, each reader sees their
 * part of the trail, and the CSV export holds what the filters select, safely quoted. Tests that
 * need events at given times, or many of them, append them to the chain as the application would
 * (hashes included), so the context is dropped afterwards.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadingTheAuditLogTest {

    private static final String REVIEW_2022 = "REV-2022-PK-01";
    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 500);

    @Autowired AuditLogService log;
    @Autowired AuditService audit;
    @Autowired Acting acting;
    @Autowired ReviewService reviews;
    @Autowired PartnershipService partnerships;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_administrator_filtering_by_actor_sees_exactly_that_persons_events_newest_first() {
        List<AuditLogEntry> approver = asAdmin(() -> log.search(AuditLogFilter.none().withActor("approver"), FIRST_PAGE));

        assertThat(approver).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo("approver"));
        assertThat(approver).allSatisfy(e -> assertThat(e.actorName()).isEqualTo("Approver"));
        assertThat(sequences(approver)).isEqualTo(sequencesWhere("actor = 'approver'"));
        assertThat(asAdmin(() -> log.count(AuditLogFilter.none().withActor("approver")))).isEqualTo(approver.size());
    }

    @Test
    void a_family_of_actions_selects_every_action_that_starts_with_it_and_an_exact_action_only_itself() {
        List<AuditLogEntry> signOffs = asAdmin(() -> log.search(AuditLogFilter.none().withAction("signoff."), FIRST_PAGE));
        List<AuditLogEntry> sameFamily = asAdmin(() -> log.search(AuditLogFilter.none().withAction("signoff.*"), FIRST_PAGE));
        List<AuditLogEntry> decided = asAdmin(() -> log.search(AuditLogFilter.none().withAction("signoff.decided"), FIRST_PAGE));

        assertThat(sequences(signOffs)).isEqualTo(sequencesWhere("action like 'signoff.%'")).isNotEmpty();
        assertThat(sameFamily).isEqualTo(signOffs);
        assertThat(decided).isNotEmpty().allSatisfy(e -> assertThat(e.action()).isEqualTo("signoff.decided"));
        assertThat(sequences(decided)).isEqualTo(sequencesWhere("action = 'signoff.decided'"));
        assertThat(asAdmin(() -> log.search(AuditLogFilter.none().withAction("signoff"), FIRST_PAGE)))
                .as("an action is matched exactly unless it ends with a dot or a star").isEmpty();
    }

    @Test
    void the_review_filter_takes_a_reference_code_and_shows_that_reviews_events_only() {
        long id = reviews.byReferenceCode(REVIEW_2022).id();

        List<AuditLogEntry> review2022 = asAdmin(() -> log.search(AuditLogFilter.none().withReview(" rev-2022-pk-01 "),
                FIRST_PAGE));

        assertThat(review2022).isNotEmpty().allSatisfy(e -> assertThat(e.reviewCode()).isEqualTo(REVIEW_2022));
        assertThat(sequences(review2022)).isEqualTo(sequencesWhere("review_id = " + id));
        assertThat(asAdmin(() -> log.search(AuditLogFilter.none().withReview("REV-1999-XX-01"), FIRST_PAGE)))
                .as("a review that does not exist has no events").isEmpty();
    }

    @Test
    void the_entity_filter_takes_a_type_in_any_case_and_optionally_its_id() {
        long id = reviews.byReferenceCode(REVIEW_2022).id();

        List<AuditLogEntry> reviewsActedOn = asAdmin(() -> log.search(AuditLogFilter.none().withEntity("review", null),
                FIRST_PAGE));
        List<AuditLogEntry> review2022 = asAdmin(() -> log.search(
                AuditLogFilter.none().withEntity("Review", String.valueOf(id)), FIRST_PAGE));

        assertThat(sequences(reviewsActedOn)).isEqualTo(sequencesWhere("entity_type = 'Review'")).isNotEmpty();
        assertThat(review2022).isNotEmpty().allSatisfy(e -> assertThat(e.entity()).isEqualTo("Review " + id));
        assertThat(sequences(review2022)).isEqualTo(sequencesWhere("entity_type = 'Review' and entity_id = '" + id + "'"));
    }

    @Test
    void a_period_covers_its_first_and_last_day_whole_in_the_display_zone() {
        appendAt("2025-08-23T23:59:59Z", "visit.period-test", "the evening before the visit");
        long first = appendAt("2025-08-24T00:00:00Z", "visit.period-test", "the first moment of the visit");
        long last = appendAt("2025-08-28T23:59:59.999999Z", "visit.period-test", "the last moment of the visit");
        appendAt("2025-08-29T00:00:00Z", "visit.period-test", "the morning after the visit");

        List<AuditLogEntry> visitWeek = asAdmin(() -> log.search(AuditLogFilter.none().withAction("visit.period-test")
                .withPeriod(LocalDate.of(2025, 8, 24), LocalDate.of(2025, 8, 28)), FIRST_PAGE));
        List<AuditLogEntry> fromTheLastDay = asAdmin(() -> log.search(AuditLogFilter.none()
                .withAction("visit.period-test").withPeriod(LocalDate.of(2025, 8, 28), null), FIRST_PAGE));

        assertThat(sequences(visitWeek)).containsExactly(last, first);
        assertThat(fromTheLastDay).extracting(AuditLogEntry::summary)
                .containsExactly("the morning after the visit", "the last moment of the visit");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_at_its_last_day() {
        AuditLogFilter backwards = AuditLogFilter.none().withPeriod(LocalDate.of(2025, 8, 28), LocalDate.of(2025, 8, 24));

        assertThatThrownBy(() -> asAdmin(() -> log.search(backwards, FIRST_PAGE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(Map.entry("to", "The period ends before it starts")));
    }

    @Test
    void part_of_the_summary_finds_the_events_that_say_it_in_any_case() {
        List<AuditLogEntry> found = asAdmin(() -> log.search(AuditLogFilter.none().withText("APPROVED THE FINDINGS"),
                FIRST_PAGE));

        assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.summary()).containsIgnoringCase("approved the findings"));
        assertThat(asAdmin(() -> log.search(AuditLogFilter.none().withText("100%_"), FIRST_PAGE)))
                .as("% and _ are taken literally").isEmpty();
    }

    @Test
    void a_coordinator_reads_only_the_events_of_the_reviews_they_coordinate() {
        accounts.createIfAbsent("coordinator2", "Second coordinator", "coordinator2@example.org", "secret-2025",
                Set.of(Role.COORDINATOR));
        ReviewSummary theirs = acting.as("coordinator2", () -> reviews.startReview(reviewOf2026()));

        List<AuditLogEntry> seenByCoordinator = acting.as("coordinator", () -> log.search(AuditLogFilter.none(),
                PageRequest.of(0, 5000)));
        List<AuditLogEntry> seenByCoordinator2 = acting.as("coordinator2", () -> log.search(AuditLogFilter.none(),
                FIRST_PAGE));

        assertThat(seenByCoordinator).isNotEmpty().allSatisfy(e -> assertThat(e.reviewCode()).isIn(REVIEW_2022,
                "REV-2025-PK-01"));
        assertThat(sequences(seenByCoordinator)).isEqualTo(sequencesWhere(
                "review_id in (select id from review where coordinator = 'coordinator')"));
        assertThat(seenByCoordinator2).isNotEmpty()
                .allSatisfy(e -> assertThat(e.reviewCode()).isEqualTo(theirs.referenceCode()));
        assertThat(acting.as("coordinator", () -> log.search(AuditLogFilter.none()
                .withReview(theirs.referenceCode()), FIRST_PAGE)))
                .as("naming someone else's review does not open it").isEmpty();
        assertThat(acting.as("coordinator", () -> log.actors())).extracting(AuditLogActor::username)
                .doesNotContain("coordinator2");
        assertThat(acting.as("coordinator", () -> log.actions())).doesNotContain("user.signed-in", "user.created");
    }

    @Test
    void an_observer_is_refused_the_audit_log_and_its_export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> acting.as("observer", () -> log.search(AuditLogFilter.none(), FIRST_PAGE)))
                .isInstanceOf(NotAllowedException.class)
                .hasMessage("Only a coordinator, an assessor, an approver or an admin may read the audit trail.");
        assertThatThrownBy(() -> acting.run("observer", () -> export(AuditLogFilter.none(), out)))
                .isInstanceOf(NotAllowedException.class);
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void an_assessor_reads_only_the_events_of_the_reviews_whose_delegation_they_belong_to() {
        List<AuditLogEntry> seen = acting.as("assessor1", () -> log.search(AuditLogFilter.none(), FIRST_PAGE));

        assertThat(seen).isNotEmpty().allSatisfy(entry -> assertThat(entry.reviewCode()).isNotNull());
        assertThat(acting.as("assessor1", () -> log.actions())).doesNotContain("user.signed-in", "user.created");
    }

    @Test
    void the_csv_export_has_a_header_and_exactly_the_events_of_the_filter_and_is_itself_audited() {
        AuditLogFilter reviewEvents = AuditLogFilter.none().withAction("review.");
        List<AuditLogEntry> shown = asAdmin(() -> log.search(reviewEvents, FIRST_PAGE));

        byte[] csv = asAdmin(() -> export(reviewEvents));

        List<List<String>> records = Csv.parse(csv);
        assertThat(records.get(0)).containsExactly("Sequence", "Time (UTC)", "Actor", "Actor name", "Action", "Review",
                "Entity type", "Entity id", "Summary", "Before", "After", "Previous hash", "Hash");
        List<List<String>> rows = records.subList(1, records.size());
        assertThat(rows).hasSizeGreaterThan(1).extracting(r -> Long.parseLong(r.get(0)))
                .containsExactlyElementsOf(sequences(shown));
        AuditLogEntry newest = shown.get(0);
        assertThat(rows.get(0)).containsExactly(String.valueOf(newest.sequence()), newest.occurredAt().toString(),
                newest.actor(), newest.actorName(), newest.action(), nullToEmpty(newest.reviewCode()),
                nullToEmpty(newest.entityType()), nullToEmpty(newest.entityId()), newest.summary(),
                nullToEmpty(newest.before()), nullToEmpty(newest.after()), newest.previousHash(), newest.hash());
        AuditLogEntry exported = asAdmin(() -> log.search(AuditLogFilter.none().withAction("audit.exported"),
                FIRST_PAGE)).get(0);
        assertThat(exported.actor()).isEqualTo("admin");
        assertThat(exported.summary()).isEqualTo("Administrator exported " + shown.size()
                + " audit events as CSV (action review.)");
    }

    @Test
    void quotes_commas_and_line_breaks_survive_the_csv_and_nothing_in_it_runs_as_a_formula() {
        audit.recordAlone(AuditEntry.of("approver", "csv.quoting-test", null, "Note", 1,
                "He said \"fine, approved\"\nthen left").withDetail("a,b", "line 1\r\nline 2"));
        audit.recordAlone(AuditEntry.of("=HYPERLINK(\"http://evil.example\",\"click\")", "csv.quoting-test", null,
                "Note", 2, "+1 more").withDetail("-2", "@SUM(A1:A9)"));
        audit.recordAlone(AuditEntry.of("approver", "csv.quoting-test", null, "Note", 3, "\tindented")
                .withDetail("\rreturn", "plain"));

        byte[] csv = asAdmin(() -> export(AuditLogFilter.none().withAction("csv.quoting-test")));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSequence,").contains("\"He said \"\"fine, approved\"\"\nthen left\"");
        List<List<String>> rows = Csv.parse(csv).subList(1, 4);
        assertThat(rows.get(2)).contains("He said \"fine, approved\"\nthen left", "a,b", "line 1\r\nline 2");
        assertThat(rows.get(1)).contains("'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1 more", "'-2",
                "'@SUM(A1:A9)");
        assertThat(rows.get(0)).contains("'\tindented", "'\rreturn", "plain");
        assertThat(rows).allSatisfy(row -> assertThat(row.get(0)).matches("\\d+"));
    }

    /**
     * The whole trail, as an administrator exports it (DESIGN.md §8, B3, at a smaller scale). Prints
     * what it measured (rows per second, heap) without asserting on it: that is a benchmark's job.
     */
    @Test
    void a_big_export_streams_every_row_in_steps_without_holding_the_trail_in_memory() {
        appendSynthetic(20_000);
        long events = asAdmin(() -> log.count(AuditLogFilter.none()));

        Measured everything = measuredExport(AuditLogFilter.none());
        Measured synthetic = measuredExport(AuditLogFilter.none().withAction("load.synthetic"));

        assertThat(everything.rows).as("rows after the header").isEqualTo(events);
        assertThat(synthetic.rows).isEqualTo(20_000);
        assertThat(asAdmin(() -> log.search(AuditLogFilter.none().withAction("audit.exported"), FIRST_PAGE)))
                .as("every export is recorded").extracting(AuditLogEntry::summary).contains(
                        "Administrator exported 20000 audit events as CSV (action load.synthetic)",
                        "Administrator exported " + events + " audit events as CSV (no filter)");
    }

    /**
     * Exports {@code filter} once for the time, and once more while a sampler collects garbage
     * every 100 ms and notes the heap left in use: the peak of that, above what was in use
     * before, is what the export held on to.
     */
    private Measured measuredExport(AuditLogFilter filter) {
        Measured timed = new Measured();
        long started = System.nanoTime();
        acting.run("admin", () -> export(filter, timed));
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                memory.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        acting.run("admin", () -> export(filter, new Measured()));
        sampler.interrupt();
        System.out.printf("Audit CSV export (%s): %d rows, %d KB in %d ms (%d rows/s); live heap %d MB before, "
                        + "at most %d MB during (+%d KB)%n", filter.describe(), timed.rows, timed.bytes >> 10, millis,
                timed.rows * 1000 / millis, heapBefore >> 20, peak.get() >> 20, (peak.get() - heapBefore) >> 10);
        return timed;
    }

    // --- fixtures ---

    private <T> T asAdmin(Supplier<T> work) {
        return acting.as("admin", work);
    }

    private byte[] export(AuditLogFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(filter, out);
        return out.toByteArray();
    }

    private void export(AuditLogFilter filter, OutputStream out) {
        try {
            log.exportCsv(filter, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private StartReviewForm reviewOf2026() {
        StartReviewForm form = new StartReviewForm();
        form.setPartnershipId(partnerships.partnerships().stream()
                .filter(p -> p.name().equals(ReferenceScenario.PARTNERSHIP)).findFirst().orElseThrow().id());
        form.setYear(2026);
        form.setTitle("Follow-up review 2026");
        form.setScopeFromPrevious(false);
        return form;
    }

    private static List<Long> sequences(List<AuditLogEntry> entries) {
        return entries.stream().map(AuditLogEntry::sequence).toList();
    }

    /** The sequences of the events matching a condition on {@code audit_event}, newest first. */
    private List<Long> sequencesWhere(String condition) {
        return jdbc.queryForList("select sequence from audit_event where " + condition + " order by sequence desc",
                Long.class);
    }

    /** Appends an event that happened at {@code when} to the chain, as {@link AuditService#record} would. */
    private long appendAt(String when, String action, String summary) {
        return append(List.of(AuditEntry.of("coordinator", action, null, null, null, summary)), Instant.parse(when));
    }

    private void appendSynthetic(int count) {
        List<AuditEntry> entries = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            entries.add(AuditEntry.of("loadtest", "load.synthetic", null, "Synthetic", i,
                    "Synthetic event " + i + " of " + count + ", for the export"));
        }
        append(entries, Instant.now());
    }

    /** Appends events with their chain hashes and moves the chain's head; returns the last sequence. */
    private long append(List<AuditEntry> entries, Instant when) {
        Map<String, Object> head = jdbc.queryForMap("select last_sequence, last_hash from audit_chain_head where id = 1");
        long sequence = ((Number) head.get("last_sequence")).longValue();
        String hash = (String) head.get("last_hash");
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            AuditEvent event = new AuditEvent(++sequence, when, entry, hash);
            hash = event.getHash();
            rows.add(new Object[] {event.getSequence(), OffsetDateTime.ofInstant(when, ZoneOffset.UTC), event.getActor(),
                    event.getAction(), event.getReviewId(), event.getEntityType(), event.getEntityId(),
                    event.getSummary(), event.getBefore(), event.getAfter(), event.getPreviousHash(), event.getHash()});
        }
        jdbc.batchUpdate("insert into audit_event (sequence, occurred_at, actor, action, review_id, entity_type, "
                + "entity_id, summary, detail_before, detail_after, previous_hash, hash) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1", sequence, hash);
        return sequence;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Counts the bytes and the records after the header of a CSV passing through, and keeps nothing. */
    private static final class Measured extends OutputStream {
        long bytes;
        long rows = -1;
        private boolean quoted;
        private int previous;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && previous == '\r' && b == '\n') {
                rows++;
            }
            previous = b;
        }
    }

    /** Reads RFC 4180 CSV as a spreadsheet would, after the UTF-8 byte order mark. */
    static final class Csv {

        static List<List<String>> parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            assertThat(field).as("the file ends with a line break").isEmpty();
            return records;
        }
    }
}
