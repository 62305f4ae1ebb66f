package org.reviewworkspace.finding;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.ReviewStage;
import org.reviewworkspace.workflow.ReviewStageReached;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings from the assessors' drafts to the consolidated set the approver signs and the
 * published report. Every edit of a finding raises its revision.
 */
@Service
public class FindingService {

    /** The longest statement a finding may have. */
    public static final int MAX_STATEMENT = 4000;

    private static final Set<FindingStatus> IN_SET = EnumSet.of(FindingStatus.DRAFT, FindingStatus.CONSOLIDATED,
            FindingStatus.PUBLISHED);

    private final FindingRepository findings;
    private final ReviewService reviews;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final AuditService audit;
    private final EntityManager entityManager;

    FindingService(FindingRepository findings, ReviewService reviews, PartnershipService partnerships,
                   UserDirectory users, CurrentUser currentUser, Workflow workflow, AuditService audit,
                   EntityManager entityManager) {
        this.findings = findings;
        this.reviews = reviews;
        this.partnerships = partnerships;
        this.users = users;
        this.currentUser = currentUser;
        this.workflow = workflow;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** Checks the draft findings of an assessment form; field names are {@code finding.<index>}. */
    public static void checkDrafts(List<FindingDraft> drafts, InvalidInputException.Collector errors) {
        for (int i = 0; i < drafts.size(); i++) {
            FindingDraft draft = drafts.get(i);
            errors.rejectIf(draft.getStatement() == null || draft.getStatement().isBlank(), "finding." + i,
                    "Write the finding or remove it");
            errors.rejectIf(draft.getStatement() != null && draft.getStatement().length() > MAX_STATEMENT,
                    "finding." + i, "At most " + MAX_STATEMENT + " characters");
            errors.rejectIf(draft.getType() == null, "finding." + i, "Choose the type of the finding");
        }
    }

    /** The draft findings of an assessment, as its form shows them. */
    @Transactional(readOnly = true)
    public List<FindingDraft> draftsOf(long assessmentId) {
        Map<Long, Long> criteria = linkedCriteria(assessmentId);
        return findings.findByAssessmentIdOrderByPosition(assessmentId).stream()
                .map(f -> new FindingDraft(f.type(), f.priority(), f.statement(), criteria.get(f.getId()))).toList();
    }

    /**
     * Makes the draft findings of an assessment those of {@code drafts}; the current user must
     * be the assessment's author, and the assessment feature has checked that each linked
     * criterion belongs to the review. Runs inside the assessment's transaction.
     */
    @Transactional
    public void replaceDrafts(long reviewId, long institutionId, long assessmentId, String author,
                              List<FindingDraft> drafts) {
        if (!author.equals(currentUser.username())) {
            throw new NotAllowedException("Only the author of an assessment may change its findings.");
        }
        findings.deleteAll(findings.findByAssessmentIdOrderByPosition(assessmentId));
        for (int i = 0; i < drafts.size(); i++) {
            FindingDraft draft = drafts.get(i);
            Finding saved = findings.save(new Finding(reviewId, institutionId, assessmentId, draft.getType(),
                    draft.getPriority() == null ? Priority.MEDIUM : draft.getPriority(), draft.getStatement().trim(),
                    author, i));
            if (draft.getCriterionId() != null) {
                linkCriterion(saved.getId(), draft.getCriterionId());
            }
        }
    }

    /*
     * The criterion a draft finding is about lives in finding.criterion_id (V5); the Finding
     * entity does not map it yet, so it is written and read here, in the caller's transaction.
     */
    private void linkCriterion(long findingId, long criterionId) {
        entityManager.createNativeQuery("update finding set criterion_id = ?1 where id = ?2")
                .setParameter(1, criterionId).setParameter(2, findingId).executeUpdate();
    }

    private Map<Long, Long> linkedCriteria(long assessmentId) {
        Map<Long, Long> links = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery(
                        "select id, criterion_id from finding where assessment_id = ?1 and criterion_id is not null")
                .setParameter(1, assessmentId).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            links.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return links;
    }

    /** Opens "Consolidate findings" for the coordinator or the delegation lead. */
    @Transactional(readOnly = true)
    public ConsolidationDraft openConsolidation(String taskId) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.CONSOLIDATE_FINDINGS);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        List<Finding> all = findings.findByReviewIdOrderByPositionAscIdAsc(review.id());
        Map<String, String> names = users.displayNames(all.stream().map(Finding::author).toList());
        List<FindingEdit> edits = all.stream().map(f -> toEdit(f, names.get(f.author()))).toList();
        List<AuditEvent> decisions = audit.eventsOf(review.id(), "signoff.decided");
        String requested = decisions.isEmpty() || !"CHANGES_REQUESTED".equals(decisions.get(decisions.size() - 1).getAfter())
                ? null : decisions.get(decisions.size() - 1).getSummary();
        return new ConsolidationDraft(review.id(), review.referenceCode(), review.title(), edits,
                partnerships.plannableInstitutions(review.partnershipId()), requested);
    }

    /** Saves the consolidation so far and keeps the task open. */
    @Transactional
    public void saveConsolidation(String taskId, List<FindingEdit> edits) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.CONSOLIDATE_FINDINGS);
        apply(task, edits, false);
    }

    /** Completes the consolidation: the findings set goes to the approver. */
    @Transactional
    public void completeConsolidation(String taskId, List<FindingEdit> edits) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.CONSOLIDATE_FINDINGS);
        ReviewSummary review = apply(task, edits, true);
        String actor = currentUser.username();
        List<Finding> set = findings.findByReviewIdAndStatusInOrderByPositionAscIdAsc(review.id(), IN_SET);
        set.forEach(f -> f.moveTo(FindingStatus.CONSOLIDATED));
        audit.record(AuditEntry.of(actor, "findings.consolidated", review.id(), "Review", review.id(),
                users.displayName(actor) + " consolidated " + set.size() + " findings and sent them for sign-off"));
        workflow.complete(task, Map.of());
    }

    /** The findings of a review for its workspace; refuses users who may not see the review. */
    @Transactional(readOnly = true)
    public List<FindingView> findingsOf(long reviewId) {
        reviews.details(reviewId);
        return findingsSet(reviewId);
    }

    /** The findings set of a review in its fixed order: what the approver signs and the report shows. */
    @Transactional(readOnly = true)
    public List<FindingView> findingsSet(long reviewId) {
        List<Finding> set = findings.findByReviewIdAndStatusInOrderByPositionAscIdAsc(reviewId, IN_SET);
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(
                set.stream().map(Finding::institutionId).filter(id -> id != null).collect(Collectors.toSet()));
        Map<String, String> names = users.displayNames(set.stream().map(Finding::author).toList());
        return set.stream().map(f -> new FindingView(f.getId(), f.revision(), f.institutionId(),
                f.institutionId() == null ? "Cross-cutting" : institutions.get(f.institutionId()).acronym(),
                f.type(), f.domain(), f.priority(), f.statement(), List.of(names.get(f.author())), f.owner(),
                f.targetDate())).toList();
    }

    /**
     * The canonical text of a findings set: per finding its id, revision, institution, type,
     * domain, priority, owner, target date and statement, in the set's order, fields separated by
     * the ASCII unit separator and findings by the record separator. Its SHA-256 identifies
     * exactly what was signed.
     */
    public static String canonicalForm(Collection<FindingView> set) {
        StringBuilder text = new StringBuilder();
        for (FindingView f : set) {
            Object[] fields = {f.id(), f.revision(), f.institutionId(), f.type(), f.domain(), f.priority(), f.owner(),
                    f.targetDate(), f.statement()};
            for (Object field : fields) {
                text.append(field == null ? "" : field).append('\u001f');
            }
            text.append('\u001e');
        }
        return text.toString();
    }

    /** Everyone who wrote or edited a finding of the review; none of them may sign it off. */
    @Transactional(readOnly = true)
    public Set<String> contributors(long reviewId) {
        Set<String> people = new HashSet<>();
        findings.findByReviewIdOrderByPositionAscIdAsc(reviewId).forEach(f -> {
            people.add(f.author());
            people.add(f.lastEditor());
        });
        return people;
    }

    @EventListener
    void publishFindings(ReviewStageReached event) {
        if (event.stage() != ReviewStage.PUBLISHED) {
            return;
        }
        long reviewId = reviews.byReferenceCode(event.referenceCode()).id();
        findings.findByReviewIdAndStatusInOrderByPositionAscIdAsc(reviewId, EnumSet.of(FindingStatus.CONSOLIDATED))
                .forEach(f -> f.moveTo(FindingStatus.PUBLISHED));
    }

    private ReviewSummary apply(TaskRef task, List<FindingEdit> edits, boolean complete) {
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        String actor = currentUser.username();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Set<Long> institutions = partnerships.plannableInstitutions(review.partnershipId()).stream()
                .map(InstitutionSummary::id).collect(Collectors.toSet());
        for (int i = 0; i < edits.size(); i++) {
            FindingEdit edit = edits.get(i);
            errors.rejectIf(edit.getStatement() == null || edit.getStatement().isBlank(), "finding." + i,
                    "A finding needs a statement; withdraw it instead of emptying it");
            errors.rejectIf(edit.getStatement() != null && edit.getStatement().length() > MAX_STATEMENT,
                    "finding." + i, "At most " + MAX_STATEMENT + " characters");
            errors.rejectIf(edit.getType() == null || edit.getPriority() == null, "finding." + i,
                    "Choose type and priority");
            errors.rejectIf(edit.getInstitutionId() != null && !institutions.contains(edit.getInstitutionId()),
                    "finding." + i, "This institution is not part of the review's partnership");
        }
        errors.rejectIf(complete && edits.stream().noneMatch(e -> !e.isWithdrawn()), "findings",
                "Keep at least one finding for the approver to sign off");
        errors.throwIfAny();
        Map<Long, Finding> existing = findings.findByReviewIdOrderByPositionAscIdAsc(review.id()).stream()
                .collect(Collectors.toMap(Finding::getId, f -> f));
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            FindingEdit edit = edits.get(i);
            if (edit.getId() == null) {
                Finding created = findings.save(new Finding(review.id(), edit.getInstitutionId(), null, edit.getType(),
                        edit.getPriority(), edit.getStatement().trim(), actor, i));
                edit.setId(created.getId());
                edit.setRevision(created.revision());
                changes.add("added #" + created.getId());
                continue;
            }
            Finding finding = existing.get(edit.getId());
            if (finding == null) {
                throw new NotAllowedException("A finding in the form does not belong to this review.");
            }
            if (finding.revision() != edit.getRevision()) {
                throw new org.reviewworkspace.base.StaleDataException("Finding #" + finding.getId() + " was changed by "
                        + users.displayName(finding.lastEditor()) + " meanwhile. Your input is still in the form; "
                        + "reload to see their version.");
            }
            if (finding.edit(edit, actor, i)) {
                edit.setRevision(finding.revision());
                changes.add((edit.isWithdrawn() ? "withdrew #" : "revised #") + finding.getId());
            }
        }
        if (!changes.isEmpty()) {
            audit.record(AuditEntry.of(actor, "findings.edited", review.id(), "Review", review.id(),
                    users.displayName(actor) + " edited the findings: " + String.join(", ", changes)));
        }
        return review;
    }

    private static FindingEdit toEdit(Finding finding, String authorName) {
        FindingEdit edit = new FindingEdit();
        edit.setId(finding.getId());
        edit.setInstitutionId(finding.institutionId());
        edit.setType(finding.type());
        edit.setPriority(finding.priority());
        edit.setStatement(finding.statement());
        edit.setWithdrawn(finding.status() == FindingStatus.WITHDRAWN);
        edit.setRaisedBy(authorName);
        edit.setRevision(finding.revision());
        return edit;
    }
}
