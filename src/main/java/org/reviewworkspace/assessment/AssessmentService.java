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
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.review.ReviewService;
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
 * Assessments of institutions: drafting and submitting "Assess institution", and the
 * coordinator's "Chase overdue assessment".
 */
@Service
public class AssessmentService {

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

    /** Saves the assessment as a draft; the task stays open. Returns the saved draft's version. */
    @Transactional
    public long saveDraft(String taskId, AssessmentForm form) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.ASSESS_INSTITUTION);
        AssessmentRules.check(form, false).throwIfAny();
        Assessment assessment = store(task, form);
        audit.record(AuditEntry.of(assessment.assessor(), "assessment.draft-saved", assessment.reviewId(), "Assessment",
                assessment.getId(), users.displayName(assessment.assessor()) + " saved a draft of the "
                        + visits.assignment(task.assignmentId()).institutionAcronym() + " assessment"));
        return assessment.version();
    }

    /**
     * Submits the assessment and completes the task. Sibling assessments submitted at the same
     * moment are retried, never shown to the user as an error.
     */
    public void submit(String taskId, AssessmentForm form) {
        workflow.retryingSiblingConflicts(() -> {
            TaskRef task = workflow.requireActionable(taskId, ReviewProcess.ASSESS_INSTITUTION);
            AssessmentRules.check(form, true).throwIfAny();
            Assessment assessment = store(task, form);
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

    private Assessment store(TaskRef task, AssessmentForm form) {
        AssignmentInfo assignment = visits.assignment(task.assignmentId());
        if (!assignment.assessor().equals(task.assignee())) {
            throw new NotAllowedException("This assessment belongs to another assessor.");
        }
        Assessment assessment = assessments.findByAssignmentId(assignment.id()).orElseGet(() -> assessments.save(
                new Assessment(assignment.reviewId(), assignment.institutionId(), assignment.id(), assignment.assessor())));
        if (assessment.version() != form.getVersion()) {
            throw new StaleDataException("This assessment was saved from another window meanwhile. Your input is "
                    + "still in the form; reload to see the other version.");
        }
        List<Long> known = criteria.findByReviewIdOrderByPosition(assignment.reviewId()).stream().map(Criterion::id).toList();
        if (form.getScores().stream().anyMatch(s -> !known.contains(s.getCriterionId()))) {
            throw new NotAllowedException("The form scores a criterion of another review.");
        }
        assessment.update(form, clock.instant());
        findings.replaceDrafts(assignment.reviewId(), assignment.institutionId(), assessment.getId(),
                assignment.assessor(), form.getFindings());
        assessments.saveAndFlush(assessment);
        form.setVersion(assessment.version());
        return assessment;
    }

    private static String scoresText(AssessmentForm form) {
        StringBuilder text = new StringBuilder();
        form.getScores().forEach(s -> text.append(s.getCriterion()).append(": ").append(s.getScore()).append('\n'));
        return text.toString();
    }
}
