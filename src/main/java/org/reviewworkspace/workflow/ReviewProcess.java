package org.reviewworkspace.workflow;

/**
 * The one place that knows the names inside {@code bpmn/review-cycle.bpmn}: process key,
 * task definition keys, variables, the message and the beans its expressions call.
 */
public final class ReviewProcess {

    public static final String KEY = "reviewCycle";

    public static final String PLAN_VISIT = "PlanVisit";
    public static final String ASSESS_INSTITUTION = "AssessInstitution";
    public static final String ASSESSMENT_STAGE = "AssessInstitutionStage";
    public static final String CHASE_OVERDUE_ASSESSMENT = "ChaseOverdueAssessment";
    public static final String CONSOLIDATE_FINDINGS = "ConsolidateFindings";
    public static final String SIGN_OFF_FINDINGS = "SignOffFindings";
    public static final String REMIND_ASSESSOR = "RemindAssessor";
    public static final String PUBLISH_REPORT = "PublishReport";

    /** Tasks offered to several people (candidate users), which one of them claims. */
    public static final java.util.Set<String> OFFERED_TO_SEVERAL = java.util.Set.of(CONSOLIDATE_FINDINGS,
            SIGN_OFF_FINDINGS);

    /** Username of the review's coordinator; assignee of planning and chase tasks. */
    public static final String VAR_COORDINATOR = "coordinator";
    /** Username of the delegation lead; may consolidate findings besides the coordinator. */
    public static final String VAR_LEAD = "lead";
    /** {@link java.util.Date} on which every assessment of the review is due. */
    public static final String VAR_ASSESSMENT_DUE = "assessmentDue";
    /** {@link java.util.Date} on which assessors still drafting are reminded. */
    public static final String VAR_ASSESSMENT_REMINDER = "assessmentReminder";
    /** The approver's decision, one of the names of {@link SignOffDecision}. */
    public static final String VAR_SIGN_OFF_DECISION = "signOffDecision";
    /** Element variable of the assessment stage: the id of the assignment an instance assesses. */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";

    /**
     * Task variable of assessment and chase tasks: the institution's acronym and name in lower
     * case, for the inbox's search.
     */
    public static final String VAR_TASK_INSTITUTION = "institution";
    /**
     * Task variable of assessment and chase tasks: their assignment's id, copied from the stage,
     * so that a page of tasks reads all of them in one query.
     */
    public static final String VAR_TASK_ASSIGNMENT = "taskAssignmentId";
    /**
     * Task variable of every task: the reference code of its review (the process's business key),
     * so that a page of tasks needs no query of the process instances.
     */
    public static final String VAR_TASK_REVIEW = "taskReview";

    public static final String MESSAGE_CANCELLED = "reviewCancelled";

    /** How the sign-off gateway reads {@link #VAR_SIGN_OFF_DECISION}. */
    public enum SignOffDecision { APPROVED, CHANGES_REQUESTED, REJECTED }

    private ReviewProcess() {
    }
}
