package org.reviewworkspace.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.MemberRole;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.workflow.AssessmentAssignments;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the visit of a review: the "Plan visit" task, saved as a draft or completed, which
 * starts one assessment per assignment. Also answers the process's questions about assignments.
 */
@Service("assessmentAssignments")
public class VisitService implements AssessmentAssignments {

    /** Assessors still drafting are reminded this many days before their assessment is due. */
    static final int REMINDER_DAYS_BEFORE_DUE = 2;

    private final VisitPlanRepository plans;
    private final AssignmentRepository assignments;
    private final ReviewService reviews;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final Workflow workflow;
    private final AuditService audit;

    VisitService(VisitPlanRepository plans, AssignmentRepository assignments, ReviewService reviews,
                 PartnershipService partnerships, UserDirectory users, Workflow workflow, AuditService audit) {
        this.plans = plans;
        this.assignments = assignments;
        this.reviews = reviews;
        this.partnerships = partnerships;
        this.users = users;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Opens the "Plan visit" task {@code taskId} for its coordinator, with the plan saved so far. */
    @Transactional(readOnly = true)
    public PlanDraft openPlan(String taskId) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.PLAN_VISIT);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        reviews.requireCoordinator(review.id());
        VisitPlan plan = plans.findByReviewId(review.id()).orElseGet(() -> new VisitPlan(review.id()));
        return new PlanDraft(review.id(), review.referenceCode(), review.title(), toForm(plan, review),
                users.withRole(Role.ASSESSOR));
    }

    /** Saves the plan as it is and keeps the task open; refuses only inconsistent input. */
    @Transactional
    public void saveDraft(String taskId, PlanForm form) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.PLAN_VISIT);
        VisitPlan plan = store(task, form, false);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        audit.record(AuditEntry.of(review.coordinator(), "visit.draft-saved", review.id(), "VisitPlan", plan.getId(),
                users.displayName(review.coordinator()) + " saved a draft of the visit plan"));
    }

    /**
     * Completes "Plan visit": stores the plan, sets the delegation, and lets the process start
     * one assessment task per assignment, due {@code assessmentDueDays} after the visit ends.
     */
    @Transactional
    public void completePlan(String taskId, PlanForm form) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.PLAN_VISIT);
        VisitPlan plan = store(task, form, true);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        LocalDate dueDay = plan.endDate().plusDays(plan.assessmentDueDays());
        Instant due = dueDay.atTime(17, 0).toInstant(ZoneOffset.UTC);
        workflow.setAssessmentPlan(review.referenceCode(), form.getLead(), due,
                due.minus(java.time.Duration.ofDays(REMINDER_DAYS_BEFORE_DUE)));
        audit.record(AuditEntry.of(review.coordinator(), "visit.planned", review.id(), "VisitPlan", plan.getId(),
                users.displayName(review.coordinator()) + " completed the visit plan: "
                        + plan.itinerary().size() + " institutions from " + plan.startDate() + " to " + plan.endDate()
                        + ", " + plan.assignments().size() + " assessments due " + dueDay)
                .withDetail(null, describe(plan)));
        workflow.complete(task, Map.of());
    }

    /**
     * The visit of a review for its workspace; refuses users who may not see the review.
     * Before planning starts the overview is empty.
     */
    @Transactional(readOnly = true)
    public VisitOverview overview(long reviewId) {
        reviews.details(reviewId);
        VisitPlan plan = plans.findByReviewId(reviewId).orElse(null);
        if (plan == null) {
            return new VisitOverview(null, null, null, null, List.of(), List.of());
        }
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(plan.itinerary().stream()
                .map(ItineraryEntry::institutionId).collect(Collectors.toSet()));
        Map<String, String> names = users.displayNames(plan.assignments().stream().map(Assignment::assessor).toList());
        List<VisitOverview.Stop> stops = plan.itinerary().stream().map(entry -> {
            InstitutionSummary institution = institutions.get(entry.institutionId());
            List<String> assessors = plan.assignments().stream()
                    .filter(a -> a.institutionId().equals(entry.institutionId()))
                    .map(a -> names.get(a.assessor())).toList();
            return new VisitOverview.Stop(entry.visitDate(), entry.slot(), entry.institutionId(),
                    institution.acronym(), institution.name(), assessors);
        }).toList();
        Map<Long, InstitutionSummary> assigned = partnerships.institutions(plan.assignments().stream()
                .map(Assignment::institutionId).collect(Collectors.toSet()));
        List<AssignmentInfo> assignmentInfos = plan.assignments().stream()
                .map(a -> info(a, assigned.get(a.institutionId()))).toList();
        String referenceCode = reviews.byId(reviewId).referenceCode();
        return new VisitOverview(plan.startDate(), plan.endDate(), plan.location(),
                workflow.assessmentDueIfRunning(referenceCode), stops, assignmentInfos);
    }

    /** Assignments by id, with their institution, for lists of tasks and the assessment form. */
    @Transactional(readOnly = true)
    public Map<Long, AssignmentInfo> assignments(Collection<Long> ids) {
        List<Assignment> found = assignments.findByIdIn(ids);
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(
                found.stream().map(Assignment::institutionId).collect(Collectors.toSet()));
        return found.stream().collect(Collectors.toMap(Assignment::id, a -> info(a, institutions.get(a.institutionId()))));
    }

    /** One assignment. */
    @Transactional(readOnly = true)
    public AssignmentInfo assignment(long id) {
        AssignmentInfo info = assignments(List.of(id)).get(id);
        if (info == null) {
            throw new NotFoundException("This assignment no longer exists.");
        }
        return info;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> forReview(String referenceCode) {
        return assignments.idsOfReview(reviews.byReferenceCode(referenceCode).id());
    }

    @Override
    @Transactional(readOnly = true)
    public String assessorOf(Long assignmentId) {
        return assignments.findById(assignmentId).map(Assignment::assessor)
                .orElseThrow(() -> new NotFoundException("Assignment " + assignmentId + " no longer exists."));
    }

    private VisitPlan store(TaskRef task, PlanForm form, boolean complete) {
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        reviews.requireCoordinator(review.id());
        Set<String> assessors = users.withRole(Role.ASSESSOR).stream().map(UserSummary::username)
                .collect(Collectors.toSet());
        Set<Long> plannable = partnerships.plannableInstitutions(review.partnershipId()).stream()
                .map(InstitutionSummary::id).collect(Collectors.toSet());
        var errors = PlanRules.check(form, assessors, complete);
        form.plannedInstitutions().forEach(visit -> errors.rejectIf(!plannable.contains(visit.getInstitutionId()),
                "institutions", "An institution of another partnership or an archived one cannot be planned"));
        errors.throwIfAny();
        VisitPlan plan = plans.findByReviewId(review.id()).orElseGet(() -> plans.save(new VisitPlan(review.id())));
        if (plan.version() != form.getVersion()) {
            throw new StaleDataException("Someone else saved this visit plan meanwhile. Your input is still in the "
                    + "form; reload to see their version.");
        }
        plan.update(form.getStartDate(), form.getEndDate(), form.getLocation() == null ? null : form.getLocation().trim());
        plan.replaceInstitutions(form.plannedInstitutions());
        if (form.getLead() != null && !form.getMembers().isEmpty()) {
            Map<String, MemberRole> delegation = new LinkedHashMap<>();
            form.getMembers().forEach(m -> delegation.put(m, m.equals(form.getLead()) ? MemberRole.LEAD : MemberRole.MEMBER));
            reviews.replaceDelegation(review.id(), delegation);
        }
        plans.saveAndFlush(plan);
        form.setVersion(plan.version());
        return plan;
    }

    private PlanForm toForm(VisitPlan plan, ReviewSummary review) {
        PlanForm form = new PlanForm();
        form.setStartDate(plan.startDate());
        form.setEndDate(plan.endDate());
        form.setLocation(plan.location() == null ? "" : plan.location());
        form.setVersion(plan.version());
        Map<String, MemberRole> delegation = reviews.delegation(review.id());
        form.setMembers(delegation.keySet().stream().sorted().collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
        delegation.forEach((username, role) -> {
            if (role == MemberRole.LEAD) {
                form.setLead(username);
            }
        });
        Map<Long, ItineraryEntry> itinerary = plan.itinerary().stream()
                .collect(Collectors.toMap(ItineraryEntry::institutionId, Function.identity()));
        Map<Long, Set<String>> assessorsByInstitution = new HashMap<>();
        plan.assignments().forEach(a -> assessorsByInstitution.computeIfAbsent(a.institutionId(),
                k -> new java.util.LinkedHashSet<>()).add(a.assessor()));
        for (InstitutionSummary institution : partnerships.plannableInstitutions(review.partnershipId())) {
            PlanForm.InstitutionVisit visit = new PlanForm.InstitutionVisit(institution.id(), institution.label());
            ItineraryEntry entry = itinerary.get(institution.id());
            if (entry != null) {
                visit.setPlanned(true);
                visit.setDate(entry.visitDate());
                visit.setSlot(entry.slot());
                visit.setAssessors(assessorsByInstitution.getOrDefault(institution.id(), Set.of()));
            }
            form.getInstitutions().add(visit);
        }
        form.getInstitutions().sort((a, b) -> {
            if (a.isPlanned() != b.isPlanned()) {
                return a.isPlanned() ? -1 : 1;
            }
            if (a.getDate() != null && b.getDate() != null && !a.getDate().equals(b.getDate())) {
                return a.getDate().compareTo(b.getDate());
            }
            return a.getLabel().compareTo(b.getLabel());
        });
        return form;
    }

    private static String describe(VisitPlan plan) {
        return plan.itinerary().stream().map(e -> e.institutionId() + "@" + e.visitDate() + "/" + e.slot())
                .collect(Collectors.joining(", ")) + "; assignments "
                + plan.assignments().stream().map(a -> a.institutionId() + ":" + a.assessor())
                .collect(Collectors.joining(", "));
    }

    private AssignmentInfo info(Assignment assignment, InstitutionSummary institution) {
        return new AssignmentInfo(assignment.id(), assignment.visitPlan().reviewId(), assignment.institutionId(),
                institution.acronym(), institution.name(), assignment.assessor(), assignment.visitPlan().endDate());
    }
}
