package org.reviewworkspace.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.reviewworkspace.audit.AuditChainVerifier;
import org.reviewworkspace.audit.ChainVerification;
import org.reviewworkspace.demo.Acting;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.workflow.ReviewProcess;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must hold after any crash, read from the shared database: every review's status is its
 * process's position, each review has exactly one process, the assessments submitted, the
 * "assessment submitted" events and the completed assessment tasks agree in number, every
 * published review has one report and one "report published" event, and the audit chain
 * verifies from its first event to its last.
 */
final class ClusterConsistency {

    /** The statuses a running process allows, by the user task it waits in. */
    private static final Map<String, Set<ReviewStatus>> WAITING_IN = Map.of(
            ReviewProcess.PLAN_VISIT, Set.of(ReviewStatus.PLANNING),
            ReviewProcess.ASSESS_INSTITUTION, Set.of(ReviewStatus.ASSESSING),
            ReviewProcess.CONSOLIDATE_FINDINGS, Set.of(ReviewStatus.CONSOLIDATING, ReviewStatus.CHANGES_REQUESTED),
            ReviewProcess.SIGN_OFF_FINDINGS, Set.of(ReviewStatus.AWAITING_SIGN_OFF));

    /** The status an ended process leaves, by its end event. */
    private static final Map<String, ReviewStatus> ENDED_AT = Map.of(
            "ReviewPublished", ReviewStatus.PUBLISHED,
            "ReviewRejected", ReviewStatus.REJECTED,
            "ReviewCancelled", ReviewStatus.CANCELLED);

    private final JdbcTemplate sql;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Acting acting;
    private final AuditChainVerifier chain;

    /** Counted on the way, for the test's report. */
    int reviews;
    int published;
    long auditEvents;

    ClusterConsistency(ApplicationContext app) {
        this.sql = new JdbcTemplate(app.getBean(DataSource.class));
        this.runtime = app.getBean(RuntimeService.class);
        this.history = app.getBean(HistoryService.class);
        this.acting = app.getBean(Acting.class);
        this.chain = app.getBean(AuditChainVerifier.class);
    }

    /** Everything that does not hold, one line each; empty when the database is consistent. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> rows = sql.queryForList("select id, reference_code, status, process_instance_id from review");
        reviews = rows.size();
        for (Map<String, Object> row : rows) {
            String code = (String) row.get("reference_code");
            ReviewStatus status = ReviewStatus.valueOf((String) row.get("status"));
            List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(code).list();
            if (processes.size() != 1) {
                problems.add(code + ": " + processes.size() + " processes instead of one");
                continue;
            }
            HistoricProcessInstance process = processes.get(0);
            if (!process.getId().equals(row.get("process_instance_id"))) {
                problems.add(code + ": the review names process " + row.get("process_instance_id") + ", its process is "
                        + process.getId());
            }
            Set<ReviewStatus> expected = expectedStatuses(process);
            if (!expected.contains(status)) {
                problems.add(code + ": status " + status + " but its process is where " + expected + " belong");
            }
            long reviewId = ((Number) row.get("id")).longValue();
            long submitted = count("select count(*) from assessment where review_id = ? and status = 'SUBMITTED'", reviewId);
            long events = count("select count(*) from audit_event where review_id = ? and action = 'assessment.submitted'",
                    reviewId);
            long tasks = history.createHistoricTaskInstanceQuery().processInstanceId(process.getId())
                    .taskDefinitionKey(ReviewProcess.ASSESS_INSTITUTION).taskDeleteReason("completed").count();
            if (submitted != events || events != tasks) {
                problems.add(code + ": " + submitted + " assessments submitted, " + events + " 'assessment submitted' events, "
                        + tasks + " assessment tasks completed");
            }
        }
        published = (int) count("select count(*) from review where status = 'PUBLISHED'");
        long reports = count("select count(*) from report");
        long reportEvents = count("select count(*) from audit_event where action = 'report.published'");
        if (published != reports || reports != reportEvents) {
            problems.add(published + " reviews published, " + reports + " reports, " + reportEvents
                    + " 'report published' events");
        }
        auditEvents = count("select count(*) from audit_event");
        ChainVerification verification = acting.as("admin", chain::verifyTrail);
        if (!verification.intact() || verification.eventsVerified() != auditEvents) {
            problems.add("audit chain: " + verification.message() + " (" + verification.eventsVerified() + " of "
                    + auditEvents + " events verified)");
        }
        return problems;
    }

    private Set<ReviewStatus> expectedStatuses(HistoricProcessInstance process) {
        if (process.getEndTime() != null) {
            ReviewStatus ended = ENDED_AT.get(process.getEndActivityId());
            return ended == null ? Set.of() : Set.of(ended);
        }
        Set<ReviewStatus> expected = new java.util.HashSet<>();
        runtime.getActiveActivityIds(process.getId()).forEach(activity -> expected.addAll(
                WAITING_IN.getOrDefault(activity, Set.of())));
        return expected;
    }

    private long count(String query, Object... arguments) {
        Long count = sql.queryForObject(query, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
