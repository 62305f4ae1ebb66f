package org.reviewworkspace.visit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.MemberRole;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.workflow.AssessmentAssignments;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans the visit of a review: the "Plan visit" task, saved as a draft or completed, which
 * starts one assessment per assignment; and re-planning by the coordinator while the
 * assessments run. Also answers the process's questions about assignments.
 */
@Service("assessmentAssignments")
public class VisitService implements AssessmentAssignments {

    /** Assessors still drafting are reminded this many days before their assessment is due. */
    static final int REMINDER_DAYS_BEFORE_DUE = 2;
    /** Assessments are due at this hour (UTC) of their due day. */
    static final int DUE_HOUR_UTC = 17;
    /** The audit actions that change a plan; the latest tells who changed it when edits collide. */
    static final List<String> PLAN_CHANGES = List.of("visit.draft-saved", "visit.planned", "visit.replanned");

    private final VisitPlanRepository plans;
    private final AssignmentRepository assignments;
    private final ReviewService reviews;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final Workflow workflow;
    private final AuditService audit;
    private final ObjectProvider<StartedAssessments> startedAssessments;
    private final EntityManager entityManager;

    VisitService(VisitPlanRepository plans, AssignmentRepository assignments, ReviewService reviews,
                 PartnershipService partnerships, UserDirectory users, Workflow workflow, AuditService audit,
                 ObjectProvider<StartedAssessments> startedAssessments, EntityManager entityManager) {
        this.plans = plans;
        this.assignments = assignments;
        this.reviews = reviews;
        this.partnerships = partnerships;
        this.users = users;
        this.workflow = workflow;
        this.audit = audit;
        this.startedAssessments = startedAssessments;
        this.entityManager = entityManager;
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
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        String coordinator = reviews.requireCoordinator(review.id());
        Stored stored = store(review, form, false);
        audit.record(AuditEntry.of(coordinator, "visit.draft-saved", review.id(), "VisitPlan", stored.plan().getId(),
                users.displayName(coordinator) + " saved a draft of the visit plan"));
        stored.rememberIn(form);
    }

    /**
     * Completes "Plan visit": stores the plan, sets the delegation, and lets the process start
     * one assessment task per assignment, due {@code assessmentDueDays} after the visit ends.
     */
    @Transactional
    public void completePlan(String taskId, PlanForm form) {
        TaskRef task = workflow.requireActionable(taskId, ReviewProcess.PLAN_VISIT);
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        String coordinator = reviews.requireCoordinator(review.id());
        Stored stored = store(review, form, true);
        VisitPlan plan = stored.plan();
        Instant due = dueOf(plan);
        workflow.setAssessmentPlan(review.referenceCode(), form.getLead(), due, reminderOf(due));
        audit.record(AuditEntry.of(coordinator, "visit.planned", review.id(), "VisitPlan", plan.getId(),
                users.displayName(coordinator) + " completed the visit plan: "
                        + plan.itinerary().size() + " institutions from " + plan.startDate() + " to " + plan.endDate()
                        + ", " + plan.assignments().size() + " assessments due " + dueDay(due))
                .withDetail(null, describe(plan)));
        workflow.complete(task, Map.of());
        stored.rememberIn(form);
    }

    /**
     * Opens the plan of a review whose assessments are under way, for its coordinator to change
     * outside the (completed) "Plan visit" task.
     */
    @Transactional(readOnly = true)
    public PlanDraft openReplan(String referenceCode) {
        return openReplan(reviews.byReferenceCode(referenceCode).id());
    }

    /** Opens the plan of a review whose assessments are under way, for its coordinator. */
    @Transactional(readOnly = true)
    public PlanDraft openReplan(long reviewId) {
        reviews.requireCoordinator(reviewId);
        ReviewSummary review = reviews.byId(reviewId);
        requireReplannable(review);
        VisitPlan plan = plans.findByReviewId(reviewId)
                .orElseThrow(() -> new NotFoundException("Review " + review.referenceCode() + " has no visit plan."));
        return new PlanDraft(review.id(), review.referenceCode(), review.title(), toForm(plan, review),
                users.withRole(Role.ASSESSOR));
    }

    /**
     * Changes the plan of a review whose assessments are under way (its coordinator only), in one
     * transaction with the process: a new assignment gets its own assessment task; a removed
     * assignment whose assessment has not begun loses its task, timers and chase task (one that
     * has begun or been submitted is refused); a new window moves the due date of open tasks and
     * their timers. Every change goes into the audit trail.
     *
     * @throws StaleDataException when the plan changed since {@code form} was opened, naming who changed it
     */
    @Transactional
    public void replan(long reviewId, PlanForm form) {
        String coordinator = reviews.requireCoordinator(reviewId);
        ReviewSummary review = reviews.byId(reviewId);
        requireReplannable(review);
        VisitPlan plan = plans.findByReviewId(reviewId)
                .orElseThrow(() -> new NotFoundException("Review " + review.referenceCode() + " has no visit plan."));
        requireUnchanged(plan, form, review);
        String before = describe(plan);
        Instant dueBefore = workflow.assessmentDue(review.referenceCode());
        Map<Long, Assignment> previous = plan.assignments().stream()
                .collect(Collectors.toMap(Assignment::id, Function.identity()));
        refuseWithdrawingStartedWork(review, form, previous.values());

        Stored stored = store(review, form, true);
        String ref = review.referenceCode();
        Map<String, String> names = users.displayNames(Stream.concat(previous.values().stream(),
                plan.assignments().stream()).map(Assignment::assessor).collect(Collectors.toSet()));
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(Stream.concat(
                previous.values().stream(), plan.assignments().stream()).map(Assignment::institutionId)
                .collect(Collectors.toSet()));
        String actor = users.displayName(coordinator);
        for (Assignment added : plan.assignments()) {
            if (!previous.containsKey(added.id())) {
                workflow.addAssessment(ref, added.id());
                audit.record(AuditEntry.of(coordinator, "visit.assessment-added", reviewId, "Assignment", added.id(),
                        actor + " added " + institutions.get(added.institutionId()).acronym() + " for "
                                + names.get(added.assessor())));
            }
        }
        Set<Long> kept = plan.assignments().stream().map(Assignment::id).collect(Collectors.toSet());
        for (Assignment removed : previous.values()) {
            if (!kept.contains(removed.id())) {
                workflow.withdrawAssessment(ref, removed.id());
                audit.record(AuditEntry.of(coordinator, "visit.assessment-withdrawn", reviewId, "Assignment",
                        removed.id(), actor + " withdrew the assessment of "
                                + institutions.get(removed.institutionId()).acronym() + " by "
                                + names.get(removed.assessor())));
            }
        }
        Instant due = dueOf(plan);
        workflow.setAssessmentPlan(ref, form.getLead(), due, reminderOf(due));
        if (!due.equals(dueBefore)) {
            workflow.rescheduleAssessments(ref, due, reminderOf(due));
            audit.record(AuditEntry.of(coordinator, "visit.due-date-moved", reviewId, "VisitPlan", plan.getId(),
                    actor + " moved the assessment due date from "
                            + (dueBefore == null ? "none" : Times.date(dueDay(dueBefore))) + " to "
                            + Times.date(dueDay(due))));
        }
        audit.record(AuditEntry.of(coordinator, "visit.replanned", reviewId, "VisitPlan", plan.getId(),
                actor + " changed the visit plan: " + Times.date(plan.startDate()) + " to "
                        + Times.date(plan.endDate()) + ", " + plan.itinerary().size() + " institutions, "
                        + plan.assignments().size() + " assessments, " + plan.meetings().size() + " meetings")
                .withDetail(before, describe(plan)));
        stored.rememberIn(form);
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
            return new VisitOverview(null, null, null, null, List.of(), List.of(), List.of());
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
                    institution.acronym(), institution.name(), assessors, entry.startTime(), entry.endTime(),
                    entry.hostContact(), entry.agenda());
        }).toList();
        Map<Long, InstitutionSummary> assigned = partnerships.institutions(plan.assignments().stream()
                .map(Assignment::institutionId).collect(Collectors.toSet()));
        List<AssignmentInfo> assignmentInfos = plan.assignments().stream()
                .map(a -> info(a, assigned.get(a.institutionId()))).toList();
        String referenceCode = reviews.byId(reviewId).referenceCode();
        return new VisitOverview(plan.startDate(), plan.endDate(), plan.location(),
                workflow.assessmentDueIfRunning(referenceCode), stops, assignmentInfos,
                plan.meetings().stream().map(m -> new VisitOverview.MeetingSlot(m.meetingDate(), m.slot(), m.startTime(),
                        m.endTime(), m.title(), m.participants())).toList());
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

    @Override
    @Transactional(readOnly = true)
    public String institutionOf(Long assignmentId) {
        AssignmentInfo assignment = assignment(assignmentId);
        return assignment.institutionAcronym() + " " + assignment.institutionName();
    }

    /** The plan of a review may be changed outside "Plan visit" only while its assessments run. */
    private static void requireReplannable(ReviewSummary review) {
        ReviewStatus status = review.status();
        if (status == ReviewStatus.ASSESSING) {
            return;
        }
        if (status.isClosed()) {
            throw new NotAllowedException("Review " + review.referenceCode() + " is " + status.label().toLowerCase()
                    + "; its visit plan can no longer be changed.");
        }
        if (status == ReviewStatus.PLANNING) {
            throw new NotAllowedException("Review " + review.referenceCode() + " is still being planned; change "
                    + "the plan in its \u201cPlan visit\u201d task.");
        }
        throw new NotAllowedException("The assessments of review " + review.referenceCode() + " are over; its "
                + "visit plan can no longer be changed.");
    }

    /**
     * Refuses, beside the institution's assessors, every removal of an assignment whose assessment
     * was submitted or has begun, and the removal of the last assessment still under way.
     */
    private void refuseWithdrawingStartedWork(ReviewSummary review, PlanForm form, Collection<Assignment> current) {
        Set<Long> open = workflow.openAssessments(review.referenceCode());
        StartedAssessments started = startedAssessments.getIfAvailable();
        Map<Long, PlanForm.InstitutionVisit> planned = form.plannedInstitutions().stream()
                .collect(Collectors.toMap(PlanForm.InstitutionVisit::getInstitutionId, Function.identity()));
        List<Assignment> removed = current.stream().filter(a -> {
            PlanForm.InstitutionVisit visit = planned.get(a.institutionId());
            return visit == null || !visit.getAssessors().contains(a.assessor());
        }).toList();
        if (removed.isEmpty()) {
            return;
        }
        Map<String, String> names = users.displayNames(removed.stream().map(Assignment::assessor).toList());
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(
                removed.stream().map(Assignment::institutionId).collect(Collectors.toSet()));
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (Assignment assignment : removed) {
            String field = "institution." + assignment.institutionId() + ".assessors";
            String who = names.get(assignment.assessor());
            String what = institutions.get(assignment.institutionId()).acronym();
            if (!open.contains(assignment.id())) {
                errors.reject(field, who + " has already submitted the assessment of " + what
                        + "; it cannot be removed");
            } else if (started != null && started.hasStarted(assignment.id())) {
                errors.reject(field, who + " has begun assessing " + what + " (a draft is saved); it cannot be "
                        + "removed");
            }
        }
        Set<Long> removedIds = removed.stream().map(Assignment::id).collect(Collectors.toSet());
        boolean addsAny = form.plannedInstitutions().stream().anyMatch(visit -> visit.getAssessors().stream()
                .anyMatch(assessor -> current.stream().noneMatch(a -> a.institutionId().equals(visit.getInstitutionId())
                        && a.assessor().equals(assessor))));
        if (!addsAny && !open.isEmpty() && removedIds.containsAll(open)) {
            Assignment last = removed.stream().filter(a -> open.contains(a.id())).findFirst().orElseThrow();
            errors.reject("institution." + last.institutionId() + ".assessors", "This is the last assessment "
                    + "still under way; keep it, or let it be submitted, so that the findings can be consolidated");
        }
        errors.throwIfAny();
    }

    /** Refuses a form opened before someone else changed the plan, saying who did and when. */
    private void requireUnchanged(VisitPlan plan, PlanForm form, ReviewSummary review) {
        if (plan.version() == form.getVersion()) {
            return;
        }
        AuditEvent last = PLAN_CHANGES.stream().flatMap(action -> audit.eventsOf(review.id(), action).stream())
                .max(Comparator.comparing(AuditEvent::getSequence)).orElse(null);
        String who = last == null ? "Someone else" : users.displayName(last.getActor());
        String when = last == null ? "meanwhile" : "on " + Times.dateTime(last.getOccurredAt());
        throw new StaleDataException(who + " changed this visit plan " + when + ". Your input is still in the "
                + "form; reload to see their version.");
    }

    /** What one save wrote, handed back to the form only once the whole action has succeeded. */
    private record Stored(VisitPlan plan, Map<PlanForm.MeetingItem, Meeting> meetings) {
        void rememberIn(PlanForm form) {
            meetings.forEach((item, meeting) -> item.setId(meeting.id()));
            form.setVersion(plan.version());
        }
    }

    private Stored store(ReviewSummary review, PlanForm form, boolean complete) {
        Map<String, String> assessors = users.withRole(Role.ASSESSOR).stream()
                .collect(Collectors.toMap(UserSummary::username, UserSummary::displayName));
        VisitPlan existing = plans.findByReviewId(review.id()).orElse(null);
        Set<Long> plannable = partnerships.plannableInstitutions(review.partnershipId()).stream()
                .map(InstitutionSummary::id).collect(Collectors.toCollection(HashSet::new));
        if (existing != null) {
            // An institution archived after it was planned stays plannable for this plan.
            existing.itinerary().forEach(entry -> plannable.add(entry.institutionId()));
        }
        var errors = PlanRules.check(form, assessors, complete);
        form.plannedInstitutions().forEach(visit -> errors.rejectIf(!plannable.contains(visit.getInstitutionId()),
                "institutions", "An institution of another partnership or an archived one cannot be planned"));
        errors.throwIfAny();
        VisitPlan plan = existing != null ? existing : plans.save(new VisitPlan(review.id()));
        requireUnchanged(plan, form, review);
        // Changes to the itinerary, assignments and meetings are changes of the plan too.
        entityManager.lock(plan, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        plan.update(form.getStartDate(), form.getEndDate(), form.getLocation() == null ? null : form.getLocation().trim());
        plan.replaceInstitutions(form.plannedInstitutions());
        Map<PlanForm.MeetingItem, Meeting> meetings = plan.replaceMeetings(form.getMeetings());
        if (form.getLead() != null && !form.getMembers().isEmpty()) {
            Map<String, MemberRole> delegation = new LinkedHashMap<>();
            form.getMembers().forEach(m -> delegation.put(m, m.equals(form.getLead()) ? MemberRole.LEAD : MemberRole.MEMBER));
            reviews.replaceDelegation(review.id(), delegation);
        }
        plans.saveAndFlush(plan);
        return new Stored(plan, meetings);
    }

    private PlanForm toForm(VisitPlan plan, ReviewSummary review) {
        PlanForm form = new PlanForm();
        form.setStartDate(plan.startDate());
        form.setEndDate(plan.endDate());
        form.setLocation(plan.location() == null ? "" : plan.location());
        form.setVersion(plan.version());
        Map<String, MemberRole> delegation = reviews.delegation(review.id());
        form.setMembers(delegation.keySet().stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new)));
        delegation.forEach((username, role) -> {
            if (role == MemberRole.LEAD) {
                form.setLead(username);
            }
        });
        Map<Long, ItineraryEntry> itinerary = plan.itinerary().stream()
                .collect(Collectors.toMap(ItineraryEntry::institutionId, Function.identity()));
        Map<Long, Set<String>> assessorsByInstitution = new HashMap<>();
        plan.assignments().forEach(a -> assessorsByInstitution.computeIfAbsent(a.institutionId(),
                k -> new LinkedHashSet<>()).add(a.assessor()));
        Map<Long, InstitutionSummary> institutions = new LinkedHashMap<>();
        partnerships.plannableInstitutions(review.partnershipId()).forEach(i -> institutions.put(i.id(), i));
        partnerships.institutions(itinerary.keySet()).forEach(institutions::putIfAbsent);
        for (InstitutionSummary institution : institutions.values()) {
            PlanForm.InstitutionVisit visit = new PlanForm.InstitutionVisit(institution.id(), institution.label());
            ItineraryEntry entry = itinerary.get(institution.id());
            if (entry != null) {
                visit.setPlanned(true);
                visit.setDate(entry.visitDate());
                visit.setSlot(entry.slot());
                visit.setTimeFrom(entry.startTime());
                visit.setTimeTo(entry.endTime());
                visit.setHostContact(entry.hostContact());
                visit.setAgenda(entry.agenda());
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
        form.setMeetings(new ArrayList<>(plan.meetings().stream().map(Meeting::toItem).toList()));
        return form;
    }

    private static Instant dueOf(VisitPlan plan) {
        return plan.endDate().plusDays(plan.assessmentDueDays()).atTime(DUE_HOUR_UTC, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant reminderOf(Instant due) {
        return due.minus(Duration.ofDays(REMINDER_DAYS_BEFORE_DUE));
    }

    private static LocalDate dueDay(Instant due) {
        return due.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String describe(VisitPlan plan) {
        return plan.startDate() + ".." + plan.endDate() + " at " + plan.location() + "; itinerary "
                + plan.itinerary().stream().map(e -> e.institutionId() + "@" + e.visitDate() + "/" + e.slot()
                        + (e.startTime() == null ? "" : " " + e.startTime() + "-" + e.endTime()))
                .collect(Collectors.joining(", ")) + "; assignments "
                + plan.assignments().stream().map(a -> a.institutionId() + ":" + a.assessor())
                .collect(Collectors.joining(", ")) + "; meetings "
                + plan.meetings().stream().map(m -> Objects.toString(m.title()) + "@" + m.meetingDate() + "/" + m.slot())
                .collect(Collectors.joining(", "));
    }

    private AssignmentInfo info(Assignment assignment, InstitutionSummary institution) {
        return new AssignmentInfo(assignment.id(), assignment.visitPlan().reviewId(), assignment.institutionId(),
                institution.acronym(), institution.name(), assignment.assessor(), assignment.visitPlan().endDate());
    }
}
