package org.reviewworkspace.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.signoff.Decision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * B2: the full review cycle of the reference scenario — start, "Plan visit" completed, six
 * assessments submitted, findings consolidated, sign-off APPROVED and the report published —
 * through our services, against the same BPMN driven by the raw engine API on the same database
 * (see {@link org.reviewworkspace.bench.raw.RawEngineApp}). Throughput in cycles per second with
 * 1 thread and with 4; the budget is the services at no less than half the raw rate.
 */
final class CycleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CycleBenchmark.class);
    static final int[] THREADS = {1, 4};
    private static final double BUDGET_RATIO = 2.0;

    /** Cycles per thread in a measured run; -Dbench.cycles overrides. */
    static int cyclesPerThread() {
        return Integer.getInteger("bench.cycles", 10);
    }

    /** Where the services' time goes with one thread, shown beside the raw engine's. */
    private static final StepTimes servicesSteps = new StepTimes();

    /** Cycles per second of the services by thread count, kept until the raw run to take the ratio. */
    private static final double[] servicesRate = new double[THREADS.length];

    private final BenchFixtures fixtures;
    private final ReferenceScenario scenario;

    CycleBenchmark(ApplicationContext app) {
        this.fixtures = new BenchFixtures(app);
        this.scenario = app.getBean(ReferenceScenario.class);
    }

    void runServices(BenchTable table) throws Exception {
        // each thread runs the cycles of a partnership of its own: reference codes are numbered per partnership and year
        List<PartnershipSummary> partnerships = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            partnerships.add(scenario.createPartnership("Bench cycle " + t, "C" + t));
        }
        log.info("B2: warming up the services with 3 cycles");
        for (int i = 0; i < 3; i++) {
            cycle(partnerships.get(0), StepTimes.NONE);
        }
        for (int n = 0; n < THREADS.length; n++) {
            int threads = THREADS[n];
            int failedBefore = failures.get();
            StepTimes steps = threads == 1 ? servicesSteps : StepTimes.NONE;
            double rate = measure(threads, t -> cycle(partnerships.get(t), steps));
            servicesRate[n] = rate;
            int failed = failures.get() - failedBefore;
            String label = "B2 services, " + threads + " thread" + (threads > 1 ? "s" : "");
            if (failed == 0) {
                table.info(label, rate(rate));
            } else {
                table.add(label, "no failed cycle", rate(rate) + ", " + failed + " of " + threads * cyclesPerThread()
                        + " cycles FAILED", false);
            }
        }
    }

    static void runRaw(ApplicationContext raw, BenchTable table) throws Exception {
        org.reviewworkspace.bench.raw.RawCycle cycle = new org.reviewworkspace.bench.raw.RawCycle(raw);
        log.info("B2: warming up the raw engine with 3 cycles");
        for (int i = 0; i < 3; i++) {
            cycle.run("RAW-WARM-" + i);
        }
        for (int n = 0; n < THREADS.length; n++) {
            int threads = THREADS[n];
            int[] counter = new int[threads];
            int failedBefore = failures.get();
            StepTimes steps = threads == 1 ? new StepTimes() : StepTimes.NONE;
            double rate = measure(threads, t -> cycle.run("RAW-" + threads + "-" + t + "-" + counter[t]++, steps));
            if (failures.get() > failedBefore) {
                throw new IllegalStateException("B2: raw engine cycles failed; see the log");
            }
            table.info("B2 raw engine, " + threads + " thread" + (threads > 1 ? "s" : ""), rate(rate));
            if (servicesRate[n] > 0) {
                double ratio = rate / servicesRate[n];
                table.add("B2 services vs raw, " + threads + " thread" + (threads > 1 ? "s" : ""),
                        "<= 2.0x raw time", String.format(java.util.Locale.ROOT, "%.1fx", ratio), ratio <= BUDGET_RATIO);
            }
            if (threads == 1) {
                table.info("B2 a cycle by step, services", servicesSteps.perCycle());
                table.info("B2 a cycle by step, raw engine", steps.perCycle());
            }
        }
    }

    /**
     * Runs {@link #cyclesPerThread()} cycles on each of {@code threads} threads; returns completed
     * cycles per second. A cycle that fails is logged and counted in {@link #failures}, not in the rate.
     */
    private static double measure(int threads, ThreadCycle body) throws Exception {
        int cycles = cyclesPerThread();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger completed = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(() -> {
                for (int i = 0; i < cycles; i++) {
                    try {
                        body.run(thread);
                        completed.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        log.warn("B2: a cycle on thread {} failed: {}", thread, e.toString());
                    }
                }
                return null;
            });
        }
        long started = System.nanoTime();
        List<Future<Void>> done = pool.invokeAll(work);
        long elapsed = System.nanoTime() - started;
        pool.shutdown();
        for (Future<Void> f : done) {
            f.get();
        }
        return completed.get() / (elapsed / 1e9);
    }

    /** Cycles that failed in any measured run; a rate with failures beside it is reported as FAIL. */
    private static final AtomicInteger failures = new AtomicInteger();

    private void cycle(PartnershipSummary partnership, StepTimes steps) {
        ReviewSummary review = steps.time("start", () -> scenario.startReview(partnership, 2025, "Benchmark cycle",
                "Measure the review cycle."));
        steps.time("plan", () -> scenario.draftPlan(review, LocalDate.now().plusDays(30), true));
        steps.time("6 assessments", () -> scenario.submitAllAssessments(review, 3));
        steps.time("consolidation", () -> scenario.consolidate(review));
        steps.time("sign-off and publication", () -> scenario.signOff(review, Decision.APPROVED, null));
        steps.cycleDone();
        ReviewStatus status = fixtures.acting.as("coordinator", () -> fixtures.reviews.byReferenceCode(
                review.referenceCode())).status();
        if (status != ReviewStatus.PUBLISHED) {
            throw new IllegalStateException(review.referenceCode() + " ended the cycle " + status + ", not PUBLISHED");
        }
    }

    private static String rate(double cyclesPerSecond) {
        return String.format(java.util.Locale.ROOT, "%.2f cycles/s (%.0f ms/cycle)", cyclesPerSecond,
                1000 / cyclesPerSecond);
    }

    @FunctionalInterface
    interface ThreadCycle {
        void run(int thread) throws Exception;
    }
}
