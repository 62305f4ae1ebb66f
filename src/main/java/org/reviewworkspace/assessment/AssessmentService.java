package org.reviewworkspace.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.visit.AssignmentInfo;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.AssessorReminderDue;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of institutions: drafting and submitting "Assess institution", reopening a
 * submitted one, and the coordinator's "Chase overdue assessment".
 */
@Service
public class AssessmentService {

    /** The longest reason for reopening an assessment; it goes into the audit summary. */
    public static final int MAX_REOPEN_REASON = 500;

    private final AssessmentRepository assessments;
    private final CriterionRepository criteria;
    private final VisitService visits;
    private final ReviewService reviews;
    private final FindingService findings;
    private final UserDirectory users;
    private final Workflow workflow;
    private final AuditService audit;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, CriterionRepository criteria, VisitService visits,
                      ReviewService reviews, FindingService findings, UserDirectory users, Workflow workflow,
                      AuditService audit, Clock clock) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.visits = visits;
        this.reviews = reviews;
        this.findings = findings;
        this.users = users;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens "Assess institution" for its assessor, with what they saved before. */
    @Transactional(readOnly = true)
    public AssessmentDraft openAssessment(String taskId) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.ASSESS_INSTITUTION);
        AssignmentInfo assignment = visits.assignment(task.assignmentId());
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        Optional<Assessment> saved = assessments.findByAssignmentId(assignment.id());
        AssessmentForm form = new AssessmentForm();
        for (Criterion criterion : criteria.findByReviewIdOrderByPosition(review.id())) {
            AssessmentForm.Score score = new AssessmentForm.Score(criterion.id(), criterion.name(), criterion.guidance());
            saved.flatMap(a -> a.scores().stream().filter(s -> s.criterionId().equals(criterion.id())).findFirst())
                    .ifPresent(s -> {
                        score.setScore(s.score());
                        score.setNotApplicable(s.notApplicable());
                        score.setRationale(s.rationale() == null ? "" : s.rationale());
                    });
            form.getScores().add(score);
        }
        saved.ifPresent(a -> {
            form.setNarrative(a.narrative() == null ? "" : a.narrative());
            form.setVersion(a.version());
            form.setFindings(new ArrayList<>(findings.draftsOf(a.getId())));
        });
        return new AssessmentDraft(review.id(), review.referenceCode(), review.title(), assignment.institutionAcronym(),
                assignment.institutionName(), task.due(), saved.map(Assessment::savedAt).orElse(null), form);
    }

    /**
     * Saves the assessment as a draft; the task stays open. A draft may be incomplete (a finding
     * row without a statement is simply not kept) but nothing in it may be out of range. Refuses
     * with {@link StaleDataException} when the draft was saved from another window since this
     * form was opened. Returns the saved draft's version, which the form now carries.
     */
    @Transactional
    public long saveDraft(String taskId, AssessmentForm form) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.ASSESS_INSTITUTION);
        AssessmentRules.check(form, false).throwIfAny();
        Assessment assessment = store(task, form, AssessmentRules.startedFindings(form));
        audit.record(AuditEntry.of(assessment.assessor(), "assessment.draft-saved", assessment.reviewId(), "Assessment",
                assessment.getId(), users.displayName(assessment.assessor()) + " saved a draft of the "
                        + visits.assignment(task.assignmentId()).institutionAcronym() + " assessment"));
        return assessment.version();
    }

    /**
     * Submits the complete assessment, which locks it, and completes the task. Sibling
     * assessments submitted at the same moment are retried, never shown to the user as an error.
     */
    public void submit(String taskId, AssessmentForm form) {
        long openedVersion = form.getVersion();
        try {
            submitRetrying(taskId, form, openedVersion);
        } catch (RuntimeException e) {
            // nothing was stored, so the form still stands on the version it was opened with
            form.setVersion(openedVersion);
            throw e;
        }
    }

    private void submitRetrying(String taskId, AssessmentForm form, long openedVersion) {
        workflow.retryingSiblingConflicts(() -> {
            // a retried attempt starts again from the version the form was opened with
            form.setVersion(openedVersion);
            TaskRef task = workflow.requireActionable(taskId, ReviewProcess.ASSESS_INSTITUTION);
            AssessmentRules.check(form, true).throwIfAny();
            Assessment assessment = store(task, form, form.getFindings());
            assessment.submit(clock.instant());
            AssignmentInfo assignment = visits.assignment(task.assignmentId());
            String late = task.due() != null && clock.instant().isAfter(task.due()) ? " (after its due date)" : "";
            audit.record(AuditEntry.of(assessment.assessor(), "assessment.submitted", assessment.reviewId(),
                    "Assessment", assessment.getId(), users.displayName(assessment.assessor()) + " submitted the "
                            + assignment.institutionAcronym() + " assessment" + late + ", with "
                            + form.getFindings().size() + " draft findings")
                    .withDetail(null, scoresText(form)));
            workflow.complete(task, Map.of());
            return null;
        });
    }

    /** Opens "Chase overdue assessment" for the coordinator. */
    @Transactional(readOnly = true)
    public ChaseDraft openChase(String taskId) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.CHASE_OVERDUE_ASSESSMENT);
        AssignmentInfo assignment = visits.assignment(task.assignmentId());
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        reviews.requireCoordinator(review.id());
        String state = assessments.findByAssignmentId(assignment.id())
                .map(a -> a.savedAt() == null ? "Not started" : "Draft last saved " + Times.dateTime(a.savedAt()))
                .orElse("Not started");
        return new ChaseDraft(review.id(), review.referenceCode(), review.title(), assignment.institutionAcronym(),
                assignment.institutionName(), users.displayName(assignment.assessor()),
                workflow.assessmentDue(review.referenceCode()), state);
    }

    /** Records how the coordinator chased the assessor and closes the chase task. */
    @Transactional
    public void recordChase(String taskId, String note) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.CHASE_OVERDUE_ASSESSMENT);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        String coordinator = reviews.requireCoordinator(review.id());
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "Say how you chased the assessor, e.g. \"called, promised by Friday\"");
        }
        AssignmentInfo assignment = visits.assignment(task.assignmentId());
        audit.record(AuditEntry.of(coordinator, "assessment.chased", review.id(), "Assignment", assignment.id(),
                users.displayName(coordinator) + " chased " + users.displayName(assignment.assessor()) + " for the "
                        + assignment.institutionAcronym() + " assessment: " + note.trim()));
        workflow.complete(task, Map.of());
    }

    /** Every assignment of a review with the state of its assessment; refuses users who may not see the review. */
    @Transactional(readOnly = true)
    public List<AssessmentProgress> progress(long reviewId) {
        List<AssignmentInfo> assignments = visits.overview(reviewId).assignments();
        Map<Long, Assessment> byAssignment = new java.util.HashMap<>();
        assessments.findByReviewIdOrderById(reviewId).forEach(a -> byAssignment.put(a.assignmentId(), a));
        Map<String, String> names = users.displayNames(assignments.stream().map(AssignmentInfo::assessor).toList());
        return assignments.stream().map(a -> {
            Assessment assessment = byAssignment.get(a.id());
            return new AssessmentProgress(a.institutionAcronym(), a.institutionName(), names.get(a.assessor()),
                    assessment == null ? null : assessment.savedAt(),
                    assessment == null ? null : assessment.submittedAt());
        }).sorted(java.util.Comparator.comparing(AssessmentProgress::institutionAcronym)
                .thenComparing(AssessmentProgress::assessorName)).toList();
    }

    /** The process reminds an assessor whose assessment is due in two days; recorded in the trail. */
    @EventListener
    void remind(AssessorReminderDue event) {
        AssignmentInfo assignment = visits.assignment(event.assignmentId());
        audit.record(AuditEntry.of(AuditEntry.SYSTEM, "assessment.reminder-sent", assignment.reviewId(), "Assignment",
                assignment.id(), "Reminder sent to " + users.displayName(assignment.assessor()) + ": the "
                        + assignment.institutionAcronym() + " assessment is due in two days"));
    }

    /**
     * The submitted assessments of a review, for its coordinator to reopen one while the
     * assessments are still under way.
     */
    @Transactional(readOnly = true)
    public SubmittedAssessments submittedAssessments(String referenceCode) {
        ReviewSummary review = reviews.byReferenceCode(referenceCode);
        reviews.requireCoordinator(review.id());
        List<Assessment> submitted = assessments.findByReviewIdAndStatusOrderBySubmittedAt(review.id(),
                AssessmentStatus.SUBMITTED);
        Map<Long, AssignmentInfo> assignments = visits.assignments(submitted.stream().map(Assessment::assignmentId).toList());
        Map<String, String> names = users.displayNames(submitted.stream().map(Assessment::assessor).toList());
        List<SubmittedAssessment> rows = submitted.stream().map(a -> {
            AssignmentInfo assignment = assignments.get(a.assignmentId());
            return new SubmittedAssessment(a.getId(), a.assignmentId(), assignment.institutionAcronym(),
                    assignment.institutionName(), names.get(a.assessor()), a.submittedAt());
        }).toList();
        return new SubmittedAssessments(review.id(), review.referenceCode(), review.title(),
                review.status() == ReviewStatus.ASSESSING ? null : notReopenable(review), rows);
    }

    /**
     * Reopens a submitted assessment for its assessor, who gets an "Assess institution" task
     * again with everything they submitted. The review's coordinator only, with a reason, and
     * only until consolidation starts (review status ASSESSING).
     */
    @Transactional
    public void reopen(long assessmentId, String reason) {
        Assessment assessment = assessments.findById(assessmentId)
                .orElseThrow(() -> new NotFoundException("This assessment does not exist."));
        ReviewSummary review = reviews.byId(assessment.reviewId());
        String coordinator = reviews.requireCoordinator(review.id());
        if (assessment.status() != AssessmentStatus.SUBMITTED) {
            throw new NotAllowedException("This assessment is not submitted; its assessor is still working on it.");
        }
        if (review.status() != ReviewStatus.ASSESSING) {
            throw new NotAllowedException(notReopenable(review));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "Say why the assessment is reopened, e.g. \"scores of "
                    + "criterion 3 contradict the narrative\"");
        }
        if (reason.trim().length() > MAX_REOPEN_REASON) {
            throw new InvalidInputException("reason", "At most " + MAX_REOPEN_REASON + " characters");
        }
        AssignmentInfo assignment = visits.assignment(assessment.assignmentId());
        assessment.reopen();
        workflow.addAssessment(review.referenceCode(), assignment.id());
        audit.record(AuditEntry.of(coordinator, "assessment.reopened", review.id(), "Assessment", assessment.getId(),
                users.displayName(coordinator) + " reopened the " + assignment.institutionAcronym() + " assessment of "
                        + users.displayName(assignment.assessor()) + ": " + reason.trim()));
    }

    private static String notReopenable(ReviewSummary review) {
        return "Review " + review.referenceCode() + " is " + review.status().label().toLowerCase()
                + "; submitted assessments can be reopened only until consolidation starts.";
    }

    private Assessment store(TaskRef task, AssessmentForm form, List<org.reviewworkspace.finding.FindingDraft> kept) {
        AssignmentInfo assignment = visits.assignment(task.assignmentId());
        if (!assignment.assessor().equals(task.assignee())) {
            throw new NotAllowedException("This assessment belongs to another assessor.");
        }
        Assessment assessment = assessments.findByAssignmentId(assignment.id()).orElseGet(() -> assessments.save(
                new Assessment(assignment.reviewId(), assignment.institutionId(), assignment.id(), assignment.assessor())));
        if (assessment.status() == AssessmentStatus.SUBMITTED) {
            throw new NotAllowedException("This assessment has been submitted and is locked; the coordinator may "
                    + "reopen it.");
        }
        if (assessment.version() != form.getVersion()) {
            throw new StaleDataException("This assessment was saved from another window meanwhile. Your input is "
                    + "still in the form; reload to see the other version.");
        }
        List<Long> known = criteria.findByReviewIdOrderByPosition(assignment.reviewId()).stream().map(Criterion::id).toList();
        if (form.getScores().stream().anyMatch(s -> !known.contains(s.getCriterionId()))
                || kept.stream().anyMatch(f -> f.getCriterionId() != null && !known.contains(f.getCriterionId()))) {
            throw new NotAllowedException("The form names a criterion that is not one of this review's; reload it.");
        }
        assessment.update(form, clock.instant());
        findings.replaceDrafts(assignment.reviewId(), assignment.institutionId(), assessment.getId(),
                assignment.assessor(), kept);
        assessments.saveAndFlush(assessment);
        form.setVersion(assessment.version());
        return assessment;
    }

    private static String scoresText(AssessmentForm form) {
        StringBuilder text = new StringBuilder();
        form.getScores().forEach(s -> text.append(s.getCriterion()).append(": ")
                .append(s.isNotApplicable() ? "N/A" : s.getScore()).append('\n'));
        return text.toString();
    }
}
