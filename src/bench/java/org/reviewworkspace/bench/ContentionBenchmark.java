package org.reviewworkspace.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.reviewworkspace.assessment.AssessmentForm;
import org.reviewworkspace.assessment.AssessmentProgress;
import org.reviewworkspace.assessment.AssessmentService;
import org.reviewworkspace.demo.ReferenceScenario;
import org.reviewworkspace.inbox.InboxItem;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.workflow.ReviewProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

/**
 * B5: 50 assessors' submissions of sibling "Assess institution" tasks of one review, all let go
 * at the same instant. Counts completions lost (a task still open or an assessment not
 * submitted after everyone was told "done"), errors the users would see, and the latency of a
 * submission as the user waits for it, retries of sibling conflicts included.
 */
final class ContentionBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ContentionBenchmark.class);
    private static final int INSTITUTIONS = 10;
    private static final double P95_BUDGET_MS = 150;

    private final ApplicationContext app;
    private final BenchFixtures fixtures;

    ContentionBenchmark(ApplicationContext app) {
        this.app = app;
        this.fixtures = new BenchFixtures(app);
    }

    void run(BenchTable table) throws InterruptedException {
        log.info("B5: warming up with 10 submissions at once");
        runOnce(2, "BY", null);
        // the same work without contention: what one submission costs when nobody else submits
        Latencies alone = submitOneAfterAnother(2, "BX");
        // 10 institutions × the delegation of 5 = 50 sibling assessment tasks of one review
        runOnce(INSTITUTIONS, "BZ", table);
        int cores = Runtime.getRuntime().availableProcessors();
        double p50 = alone.percentileMillis(50);
        table.info("B5 one submission alone (10, one after another)", Latencies.ms(p50) + " p50 (p95 "
                + Latencies.ms(alone.percentileMillis(95)) + "); 50 of them on " + cores + " cores take at least "
                + Latencies.ms(50 * p50 / cores) + " of processor time before the last can finish");
    }

    /** Submits institutions × 5 sibling assessments at once; adds the figures to {@code table} unless it is null. */
    private void runOnce(int institutions, String code, BenchTable table) throws InterruptedException {
        AssessmentService assessments = app.getBean(AssessmentService.class);
        List<Submission> submissions = filledIn(institutions, code);
        ReviewSummary review = submissions.get(0).review();
        int threads = submissions.size();
        log.info("B5: {} sibling assessment tasks of {}; {} threads submit at once", threads, review.referenceCode(),
                threads);

        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (Submission s : submissions) {
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                    long started = System.nanoTime();
                    fixtures.acting.run(s.assessor(), () -> assessments.submit(s.taskId(), s.form()));
                    latencies.add(System.nanoTime() - started);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    log.warn("B5: submission of task {} by {} failed: {}", s.taskId(), s.assessor(), e.toString());
                }
            });
        }
        ready.await();
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("B5: submissions did not finish within 10 minutes");
        }

        long stillOpen = app.getBean(TaskService.class).createTaskQuery()
                .processInstanceBusinessKey(review.referenceCode())
                .taskDefinitionKey(ReviewProcess.ASSESS_INSTITUTION).count();
        List<AssessmentProgress> progress = fixtures.acting.as("coordinator", () -> assessments.progress(review.id()));
        long notSubmitted = progress.stream().filter(p -> p.submittedAt() == null).count();
        long lost = Math.max(stillOpen, notSubmitted) - errors.get();
        boolean consolidating = !fixtures.acting.as("coordinator",
                () -> fixtures.tasksOf(review, ReviewProcess.CONSOLIDATE_FINDINGS)).isEmpty();
        if (table == null) {
            return;
        }

        table.add("B5 lost completions (" + threads + " threads)", "0",
                lost + " (tasks open " + stillOpen + ", not submitted " + notSubmitted + ", consolidation "
                        + (consolidating ? "started" : "NOT started") + ")", lost == 0 && consolidating);
        table.add("B5 errors shown", "0", errors.get() + " of " + threads, errors.get() == 0);
        double p95 = latencies.percentileMillis(95);
        table.add("B5 submit latency p95", "<= 150 ms", Latencies.ms(p95) + " (p50 "
                + Latencies.ms(latencies.percentileMillis(50)) + ", max " + Latencies.ms(latencies.maxMillis()) + ")",
                p95 <= P95_BUDGET_MS);
    }

    /** One assessor's assessment, opened and filled in, ready to submit. */
    private record Submission(ReviewSummary review, String assessor, String taskId, AssessmentForm form) {
    }

    /**
     * A review planned with {@code institutions} × the delegation of 5 assessments, every one of
     * them opened and filled in by its assessor, as they would be just before "Submit".
     */
    private List<Submission> filledIn(int institutions, String code) {
        AssessmentService assessments = app.getBean(AssessmentService.class);
        PartnershipSummary partnership = fixtures.partnership("Bench contention " + code, code, institutions);
        ReviewSummary review = fixtures.startReview(partnership, 2026);
        fixtures.planEveryoneEverywhere(review, LocalDate.now().plusDays(30));
        List<Submission> submissions = new ArrayList<>();
        for (String assessor : ReferenceScenario.DELEGATION) {
            fixtures.acting.run(assessor, () -> {
                for (InboxItem task : fixtures.tasksOf(review, ReviewProcess.ASSESS_INSTITUTION)) {
                    AssessmentForm form = assessments.openAssessment(task.taskId()).form();
                    BenchFixtures.fillIn(form, task.institution());
                    submissions.add(new Submission(review, assessor, task.taskId(), form));
                }
            });
        }
        return submissions;
    }

    /** Submits institutions × 5 assessments of one review one after another; the time of each. */
    private Latencies submitOneAfterAnother(int institutions, String code) {
        AssessmentService assessments = app.getBean(AssessmentService.class);
        Latencies latencies = new Latencies();
        for (Submission s : filledIn(institutions, code)) {
            long started = System.nanoTime();
            fixtures.acting.run(s.assessor(), () -> assessments.submit(s.taskId(), s.form()));
            latencies.add(System.nanoTime() - started);
        }
        return latencies;
    }
}
