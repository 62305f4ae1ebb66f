package org.reviewworkspace.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * The B2 workload on one node: each thread runs full review cycles of the reference scenario —
 * start, plan, six assessments, consolidation, sign-off and publication — through the services,
 * on a partnership of its own (reference codes are numbered per partnership), one after another.
 *
 * <p>Driven through files in a directory, so a test or benchmark in another JVM can steer it:
 * the drill starts when {@code go} exists, writes the cycles completed so far to {@code cycles}
 * after each one, and stops after the cycles under way when {@code stop} exists, writing
 * {@code result}: cycles, failed cycles and milliseconds from go to the last cycle's end.
 */
final class Drill {

    static final String GO = "go";
    static final String STOP = "stop";
    static final String CYCLES = "cycles";
    static final String RESULT = "result";

    private static final Logger log = LoggerFactory.getLogger(Drill.class);

    private final ReferenceScenario scenario;
    private final String node;
    private final int threads;
    private final AtomicInteger cycles = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    Drill(ApplicationContext app, String node, int threads) {
        this.scenario = app.getBean(ReferenceScenario.class);
        this.node = node;
        this.threads = threads;
    }

    void runControlledBy(Path dir) throws Exception {
        Files.createDirectories(dir);
        while (!Files.exists(dir.resolve(GO))) {
            Thread.sleep(100);
        }
        // a code of its own per thread and per start of the node: a restarted node begins afresh
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        List<PartnershipSummary> partnerships = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            partnerships.add(scenario.createPartnership("Drill " + node + " " + run + " " + t,
                    (node + run + t).toUpperCase(Locale.ROOT)));
        }
        log.info("Drill: {} threads running review cycles", threads);
        long started = System.nanoTime();
        long[] lastEnd = {started};
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            PartnershipSummary partnership = partnerships.get(t);
            Thread worker = new Thread(() -> {
                while (!Files.exists(dir.resolve(STOP))) {
                    try {
                        cycle(partnership);
                        int done = cycles.incrementAndGet();
                        synchronized (lastEnd) {
                            lastEnd[0] = System.nanoTime();
                        }
                        write(dir.resolve(CYCLES), Integer.toString(done));
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        log.warn("Drill: a cycle failed", e);
                    }
                }
            }, "drill-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long millis = (lastEnd[0] - started) / 1_000_000;
        write(dir.resolve(RESULT), cycles.get() + " " + failures.get() + " " + millis);
        log.info("Drill: stopped after {} cycles ({} failed) in {} ms", cycles.get(), failures.get(), millis);
    }

    private void cycle(PartnershipSummary partnership) {
        ReviewSummary review = scenario.startReview(partnership, 2025, "Drill cycle", "Exercise the cluster.");
        scenario.draftPlan(review, LocalDate.now().plusDays(30), true);
        scenario.submitAllAssessments(review, 3);
        scenario.consolidate(review);
        scenario.signOff(review, Decision.APPROVED, null);
    }

    private static void write(Path file, String text) {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.writeString(next, text);
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
