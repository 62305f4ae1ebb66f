package org.reviewworkspace.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.TaskService;
import org.reviewworkspace.audit.AuditLogFilter;
import org.reviewworkspace.audit.AuditLogService;
import org.reviewworkspace.inbox.InboxFilter;
import org.reviewworkspace.inbox.InboxService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.timeline.StoryFilter;
import org.reviewworkspace.timeline.TimelineService;
import org.reviewworkspace.workflow.TaskOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * B3: the application at scale — 2,000 reviews, 50,000 open tasks, 1,000,000 audit events, all
 * times {@code -Dbench.scale} (e.g. 0.05 for a twentieth) — and the latency of the pages people
 * open most: an inbox page, a review's timeline page, an audit search by actor and period; then
 * the CSV export of the whole trail, its rate and the heap it needed.
 *
 * <p>Reviews and tasks are made through the services and the engine (start a review, complete
 * "Plan visit" with five institutions × five assessors: 25 assessment tasks each). Audit events
 * beyond those the services wrote are inserted by JDBC in batches, spread over three years, on
 * the generated reviews and the demo users; their hashes are random, so the generated trail is
 * not a valid chain (nothing here verifies it).
 */
final class ScaleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ScaleBenchmark.class);
    private static final int INSTITUTIONS = 5;
    private static final int SAMPLES = 200;
    private static final String[] ACTORS = {"coordinator", "lead", "assessor1", "assessor2", "assessor3", "assessor4",
            "approver", "admin"};
    private static final String[] ACTIONS = {"assessment.draft-saved", "assessment.submitted", "finding.edited",
            "finding.commented", "task.claimed", "visit.draft-saved", "review.viewed", "signoff.decided"};

    private final ApplicationContext app;
    private final BenchFixtures fixtures;
    private final double scale;

    ScaleBenchmark(ApplicationContext app, double scale) {
        this.app = app;
        this.fixtures = new BenchFixtures(app);
        this.scale = scale;
    }

    /**
     * Generates the reviews, tasks and audit events of B3 (PEER measures on them too) and adds
     * their size to {@code table}; returns the reviews.
     */
    List<ReviewSummary> generate(BenchTable table) throws Exception {
        int reviewCount = (int) Math.round(2000 * scale);
        long eventCount = Math.round(1_000_000 * scale);
        String size = String.format(Locale.ROOT, "scale %.3g: %d reviews", scale, reviewCount);

        List<ReviewSummary> reviews = generateReviews(reviewCount);
        long tasks = app.getBean(TaskService.class).createTaskQuery().count();
        long events = generateEvents(reviews, eventCount);
        log.info("B3: {} reviews, {} open tasks, {} audit events", reviews.size(), tasks, events);
        size = size + ", " + tasks + " tasks, " + events + " events";
        table.info("B3 data", size);
        return reviews;
    }

    /** Measures the pages and the export of B3 on the data {@link #generate} made. */
    void measure(BenchTable table, List<ReviewSummary> reviews) throws Exception {
        table.info("B3 machine when measuring", Runtime.getRuntime().availableProcessors() + " cores, "
                + Benchmarks.loadAverage());
        InboxService inbox = app.getBean(InboxService.class);
        TimelineService timeline = app.getBean(TimelineService.class);
        AuditLogService auditLog = app.getBean(AuditLogService.class);
        Random random = new Random(9);

        Latencies leadInbox = sample("lead", () -> inbox.page(InboxFilter.DEFAULT, TaskOrder.NEWEST_FIRST,
                50 * random.nextInt(4), 50));
        budget(table, "B3 inbox page (lead: 5 tasks of every review)", leadInbox, 50);
        Latencies coordinatorInbox = sample("coordinator", () -> inbox.page(new InboxFilter(InboxFilter.Show.MY_REVIEWS,
                InboxFilter.Due.ANY, ""), TaskOrder.NEWEST_FIRST, 50 * random.nextInt(4), 50));
        budget(table, "B3 inbox page (coordinator: every task)", coordinatorInbox, 50);
        Latencies story = sample("coordinator", () -> timeline.story(
                reviews.get(random.nextInt(reviews.size())).id(), StoryFilter.everything(), 0, 50));
        budget(table, "B3 timeline page", story, 50);
        LocalDate end = LocalDate.now(ZoneOffset.UTC);
        Latencies search = sample("admin", () -> {
            LocalDate from = end.minusDays(random.nextInt(3 * 365));
            return auditLog.search(AuditLogFilter.none().withActor(ACTORS[random.nextInt(ACTORS.length)])
                    .withPeriod(from, from.plusDays(30)), PageRequest.of(0, 50));
        });
        budget(table, "B3 audit search actor + 30 days", search, 100);

        csvExport(table, auditLog);
    }

    private List<ReviewSummary> generateReviews(int count) {
        PartnershipSummary partnership = fixtures.partnership("Bench scale", "SC", INSTITUTIONS);
        List<ReviewSummary> reviews = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            ReviewSummary review = fixtures.startReview(partnership, 2000 + i % 100);
            fixtures.planEveryoneEverywhere(review, LocalDate.now().plusDays(30));
            reviews.add(review);
            if ((i + 1) % 100 == 0) {
                log.info("B3: {} of {} reviews planned ({} s)", i + 1, count, (System.nanoTime() - started) / 1_000_000_000);
            }
        }
        return reviews;
    }

    /** Tops the trail up to {@code target} events with JDBC batches; returns how many it holds. */
    private long generateEvents(List<ReviewSummary> reviews, long target) throws Exception {
        DataSource dataSource = app.getBean(DataSource.class);
        Random random = new Random(1);
        HexFormat hex = HexFormat.of();
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long sequence;
            long existing;
            try (Statement statement = connection.createStatement();
                 ResultSet head = statement.executeQuery("select last_sequence from audit_chain_head where id = 1 for update")) {
                head.next();
                sequence = head.getLong(1);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from audit_event")) {
                count.next();
                existing = count.getLong(1);
            }
            String lastHash = null;
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (sequence, occurred_at, "
                    + "actor, action, review_id, entity_type, entity_id, summary, previous_hash, hash) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                byte[] bytes = new byte[32];
                for (long n = existing; n < target; n++) {
                    ReviewSummary review = reviews.get(random.nextInt(reviews.size()));
                    String actor = ACTORS[random.nextInt(ACTORS.length)];
                    String action = ACTIONS[random.nextInt(ACTIONS.length)];
                    random.nextBytes(bytes);
                    String previous = lastHash == null ? hex.formatHex(bytes) : lastHash;
                    random.nextBytes(bytes);
                    lastHash = hex.formatHex(bytes);
                    insert.setLong(1, ++sequence);
                    insert.setTimestamp(2, Timestamp.from(now.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES)));
                    insert.setString(3, actor);
                    insert.setString(4, action);
                    insert.setLong(5, review.id());
                    insert.setString(6, "Assessment");
                    insert.setString(7, Long.toString(1 + random.nextInt(50_000)));
                    insert.setString(8, actor + " did " + action + " on " + review.referenceCode()
                            + " (generated for the benchmark)");
                    insert.setString(9, previous);
                    insert.setString(10, lastHash);
                    insert.addBatch();
                    if (sequence % 5_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
            }
            if (lastHash != null) {
                try (PreparedStatement head = connection.prepareStatement(
                        "update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1")) {
                    head.setLong(1, sequence);
                    head.setString(2, lastHash);
                    head.executeUpdate();
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("select count(*) from audit_event")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    /** 20 unmeasured calls, then {@value #SAMPLES} measured ones, as {@code user}. */
    private Latencies sample(String user, Supplier<?> call) {
        Latencies latencies = new Latencies();
        fixtures.acting.run(user, () -> {
            for (int i = 0; i < 20; i++) {
                call.get();
            }
            for (int i = 0; i < SAMPLES; i++) {
                long started = System.nanoTime();
                call.get();
                latencies.add(System.nanoTime() - started);
            }
        });
        return latencies;
    }

    private static void budget(BenchTable table, String figure, Latencies latencies, double budgetMs) {
        double p95 = latencies.percentileMillis(95);
        table.add(figure + " p95", "<= " + (int) budgetMs + " ms", Latencies.ms(p95) + " (p50 "
                + Latencies.ms(latencies.percentileMillis(50)) + ")", p95 <= budgetMs);
    }

    /**
     * Exports the whole trail as an administrator into a stream that only counts bytes, while a
     * thread samples the heap every 20 ms: what the heap pools held after their latest collection
     * (garbage left between collections is not memory the export keeps) and, for context, the
     * heap in use at all. "Flat memory" is read as: what survives collections never grows more
     * than 64 MB above what it was before the export, whatever the trail's size.
     */
    private void csvExport(BenchTable table, AuditLogService auditLog) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = afterCollections();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(afterCollections(), Math::max);
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        fixtures.acting.run("admin", () -> {
            try {
                auditLog.exportCsv(AuditLogFilter.none(), new OutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.incrementAndGet();
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.addAndGet(len);
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        sampler.join();
        long rows = fixtures.acting.as("admin", () -> auditLog.count(AuditLogFilter.none()));
        long growthMb = (peak.get() - baseline) / (1024 * 1024);
        table.info("B3 CSV export rate", String.format(Locale.ROOT, "%.0f events/s (%d events, %d MB in %.1f s)",
                rows / seconds, rows, bytes.get() / (1024 * 1024), seconds));
        table.add("B3 CSV export heap growth", "flat (<= 64 MB)", growthMb + " MB after collections, above "
                + baseline / (1024 * 1024) + " MB before (heap in use peaked at " + peakUsed.get() / (1024 * 1024)
                + " MB)", growthMb <= 64);
    }

    /** What the heap pools held after their latest collection, summed. */
    private static long afterCollections() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }
}
