package org.reviewworkspace.finding;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditEvent;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.ReviewVisibility;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.ReviewStage;
import org.reviewworkspace.workflow.ReviewStageReached;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
    /** The longest domain or owner of a finding. */
    public static final int MAX_LABEL = 200;
    /** How far ahead a recommendation's target date may lie. */
    public static final int MAX_TARGET_YEARS = 10;
    /** How the set names findings that belong to no single institution. */
    public static final String CROSS_CUTTING = "Cross-cutting";

    private static final Set<FindingStatus> IN_SET = EnumSet.of(FindingStatus.DRAFT, FindingStatus.CONSOLIDATED,
            FindingStatus.PUBLISHED);

    private final FindingRepository findings;
    private final FindingRevisionRepository revisions;
    private final FindingCommentService comments;
    private final ReviewService reviews;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Workflow workflow;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final Clock clock;

    FindingService(FindingRepository findings, FindingRevisionRepository revisions, FindingCommentService comments,
                   ReviewService reviews,
                   PartnershipService partnerships, UserDirectory users, CurrentUser currentUser, Workflow workflow,
                   AuditService audit, EntityManager entityManager, Clock clock) {
        this.findings = findings;
        this.revisions = revisions;
        this.comments = comments;
        this.clock = clock;
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
            errors.rejectIf(TextInput.blank(draft.getStatement()), "finding." + i,
                    "Write the finding or remove it");
            errors.rejectIf(draft.getStatement() != null && draft.getStatement().length() > MAX_STATEMENT,
                    "finding." + i, "At most " + MAX_STATEMENT + " characters");
            errors.rejectIf(TextInput.unreadable(draft.getStatement()), "finding." + i, TextInput.UNREADABLE);
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
        List<Finding> replaced = findings.findByAssessmentIdOrderByPosition(assessmentId);
        if (!replaced.isEmpty()) {
            revisions.deleteByFindingIdIn(replaced.stream().map(Finding::getId).toList());
            findings.deleteAll(replaced);
        }
        for (int i = 0; i < drafts.size(); i++) {
            FindingDraft draft = drafts.get(i);
            Finding saved = findings.save(new Finding(reviewId, institutionId, assessmentId, draft.getType(),
                    draft.getPriority() == null ? Priority.MEDIUM : draft.getPriority(), draft.getStatement().trim(),
                    author, i));
            revisions.save(FindingRevision.of(saved, author, clock.instant()));
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
        Map<Long, List<String>> raisedBy = provenance(all);
        Map<Long, InstitutionSummary> institutions = institutionsOf(all);
        List<FindingEdit> edits = all.stream().sorted(inGroups(institutions))
                .map(f -> toEdit(f, raisedBy.get(f.getId()))).toList();
        List<AuditEvent> decisions = audit.eventsOf(review.id(), "signoff.decided");
        String requested = decisions.isEmpty() || !"CHANGES_REQUESTED".equals(decisions.get(decisions.size() - 1).getAfter())
                ? null : decisions.get(decisions.size() - 1).getSummary();
        return new ConsolidationDraft(review.id(), review.referenceCode(), review.title(), edits,
                partnerships.plannableInstitutions(review.partnershipId()), requested,
                requested == null ? Map.of() : comments.latestChangeRequests(review.id()));
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
        List<Finding> all = findings.findByReviewIdOrderByPositionAscIdAsc(reviewId);
        Map<Long, List<String>> raisedBy = provenance(all);
        Map<Long, InstitutionSummary> institutions = institutionsOf(all);
        return all.stream().filter(f -> IN_SET.contains(f.status())).sorted(inGroups(institutions))
                .map(f -> new FindingView(f.getId(), f.revision(), f.institutionId(),
                        acronym(institutions, f.institutionId()), f.type(), f.domain(), f.priority(), f.statement(),
                        raisedBy.get(f.getId()), f.owner(), f.targetDate()))
                .toList();
    }

    /**
     * One page of the findings of every review the current user may see (the findings set of each:
     * drafts being consolidated, consolidated, published), narrowed by {@code filter}; newest
     * review first, in the consolidator's order within it, unless the page is sorted by
     * {@code reviewId}, {@code type}, {@code domain} or {@code targetDate}. Empty for users who see
     * no review (an administrator).
     */
    @Transactional(readOnly = true)
    public List<FindingListItem> search(FindingFilter filter, Pageable page) {
        ReviewVisibility visible = reviews.visibility();
        if (visible.none()) {
            return List.of();
        }
        Sort tieBreak = Sort.by(Sort.Direction.DESC, "reviewId").and(Sort.by("position", "id"));
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), page.getSort().and(tieBreak));
        List<Object[]> rows = findings.findVisible(IN_SET, filter.type(), filter.domain() == null,
                FindingFilter.NO_DOMAIN.equals(filter.domain()), filter.domain(), visible.all(), visible.asMember(),
                visible.username(), visible.byStatus(), visible.statuses(), visible.asObserver(), visible.observed(),
                ordered).getContent();
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(rows.stream()
                .map(row -> ((Finding) row[0]).institutionId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            Finding f = (Finding) row[0];
            return new FindingListItem(f.getId(), (String) row[1], acronym(institutions, f.institutionId()), f.type(),
                    f.domain(), f.priority(), f.statement(), f.owner(), f.targetDate());
        }).toList();
    }

    /** How many findings {@link #search} would show in all. */
    @Transactional(readOnly = true)
    public long count(FindingFilter filter) {
        ReviewVisibility visible = reviews.visibility();
        if (visible.none()) {
            return 0;
        }
        return findings.findVisible(IN_SET, filter.type(), filter.domain() == null,
                FindingFilter.NO_DOMAIN.equals(filter.domain()), filter.domain(), visible.all(), visible.asMember(),
                visible.username(), visible.byStatus(), visible.statuses(), visible.asObserver(), visible.observed(),
                PageRequest.of(0, 1)).getTotalElements();
    }

    /**
     * How many findings {@link #search} shows, by domain and type, counted by the database in one
     * grouped query; domains in alphabetical order, findings without a domain last.
     */
    @Transactional(readOnly = true)
    public List<FindingCount> countByDomainAndType() {
        ReviewVisibility visible = reviews.visibility();
        if (visible.none()) {
            return List.of();
        }
        return findings.countVisibleByDomainAndType(IN_SET, visible.all(), visible.asMember(), visible.username(),
                        visible.byStatus(), visible.statuses(), visible.asObserver(), visible.observed()).stream()
                .map(row -> new FindingCount((String) row[0], (FindingType) row[1], (Long) row[2]))
                .sorted(Comparator.comparing(FindingCount::domain, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FindingCount::type))
                .toList();
    }

    /** The domains of the findings {@link #search} shows, for choosing one. */
    @Transactional(readOnly = true)
    public List<String> domains() {
        ReviewVisibility visible = reviews.visibility();
        if (visible.none()) {
            return List.of();
        }
        return findings.findVisibleDomains(IN_SET, visible.all(), visible.asMember(), visible.username(),
                visible.byStatus(), visible.statuses(), visible.asObserver(), visible.observed());
    }

    /**
     * The canonical text of a findings set: per finding its id, revision, institution, type,
     * domain, priority, owner, target date and statement, in the set's order, fields separated by
     * the ASCII unit separator and findings by the record separator (escaped where a text holds
     * them, so no two sets share a form). Its SHA-256 identifies exactly what was signed.
     */
    public static String canonicalForm(Collection<FindingView> set) {
        StringBuilder text = new StringBuilder();
        for (FindingView f : set) {
            Object[] fields = {f.id(), f.revision(), f.institutionId(), f.type(), f.domain(), f.priority(), f.owner(),
                    f.targetDate(), f.statement()};
            for (Object field : fields) {
                text.append(field == null ? "" : escapeSeparators(field.toString())).append('\u001f');
            }
            text.append('\u001e');
        }
        return text.toString();
    }

    private static String escapeSeparators(String text) {
        return text.replace("\\", "\\\\").replace("\u001f", "\\u001f").replace("\u001e", "\\u001e");
    }

    /**
     * Who raised the findings of a review in their assessments, and who consolidated them
     * (edited or added a finding after the assessments, or sent the set for sign-off): the
     * people a four-eyes rule may keep from signing the set off.
     */
    @Transactional(readOnly = true)
    public Contributions contributions(long reviewId) {
        Set<String> authors = new HashSet<>();
        Set<String> consolidators = new HashSet<>();
        List<Finding> all = findings.findByReviewIdOrderByPositionAscIdAsc(reviewId);
        all.forEach(f -> (f.assessmentId() == null ? consolidators : authors).add(f.author()));
        revisions.findByFindingIdInAndRevisionGreaterThan(all.stream().map(Finding::getId).toList(), 1)
                .forEach(r -> consolidators.add(r.editor()));
        audit.eventsOf(reviewId, "findings.consolidated").forEach(e -> consolidators.add(e.getActor()));
        return new Contributions(Set.copyOf(authors), Set.copyOf(consolidators));
    }

    /** The people behind a review's findings: {@code authors} raised them, {@code consolidators} shaped the set. */
    public record Contributions(Set<String> authors, Set<String> consolidators) {
    }

    /** Every revision of a finding, oldest first; for whoever may see its review. */
    @Transactional(readOnly = true)
    public List<FindingRevisionView> revisions(long findingId) {
        Finding finding = findings.findById(findingId)
                .orElseThrow(() -> new NotFoundException("This finding does not exist."));
        reviews.details(finding.reviewId());
        List<FindingRevision> states = revisions.findByFindingIdOrderByRevisionAsc(finding.getId());
        Map<String, String> names = users.displayNames(states.stream().map(FindingRevision::editor).toList());
        Map<Long, InstitutionSummary> institutions = partnerships.institutions(states.stream()
                .map(FindingRevision::institutionId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return states.stream().map(r -> new FindingRevisionView(r.findingId(), r.revision(), names.get(r.editor()),
                r.editedAt(), acronym(institutions, r.institutionId()), r.type(), r.domain(), r.priority(),
                r.statement(), stateLabel(r.status(), r.mergedIntoId()), r.owner(), r.targetDate())).toList();
    }

    /** What changed in a finding from revision {@code older} to revision {@code newer}. */
    @Transactional(readOnly = true)
    public FindingDiff diff(long findingId, int older, int newer) {
        List<FindingRevisionView> all = revisions(findingId);
        FindingRevisionView a = all.stream().filter(r -> r.revision() == older).findFirst()
                .orElseThrow(() -> new NotFoundException("Finding #" + findingId + " has no revision " + older + "."));
        FindingRevisionView b = all.stream().filter(r -> r.revision() == newer).findFirst()
                .orElseThrow(() -> new NotFoundException("Finding #" + findingId + " has no revision " + newer + "."));
        List<String> fields = new ArrayList<>();
        compare(fields, "Institution", a.institution(), b.institution());
        compare(fields, "Type", a.type().label(), b.type().label());
        compare(fields, "Domain", a.domain(), b.domain());
        compare(fields, "Priority", a.priority().label(), b.priority().label());
        compare(fields, "Owner", a.owner(), b.owner());
        compare(fields, "Target date", a.targetDate(), b.targetDate());
        compare(fields, "State", a.state(), b.state());
        return new FindingDiff(a, b, fields, TextDiff.between(a.statement(), b.statement()));
    }

    private static void compare(List<String> changes, String field, Object older, Object newer) {
        if (!Objects.equals(older, newer)) {
            changes.add(field + ": " + (older == null ? "none" : older) + " \u2192 " + (newer == null ? "none" : newer));
        }
    }

    private static String stateLabel(FindingStatus status, Long mergedIntoId) {
        return switch (status) {
            case DRAFT -> "Draft";
            case CONSOLIDATED -> "In the set for sign-off";
            case WITHDRAWN -> "Withdrawn";
            case MERGED -> "Merged into #" + mergedIntoId;
            case PUBLISHED -> "Published";
        };
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
        Set<Long> institutions = partnerships.plannableInstitutions(review.partnershipId()).stream()
                .map(InstitutionSummary::id).collect(Collectors.toSet());
        check(edits, institutions, complete);
        Map<Long, Finding> existing = findings.findByReviewIdOrderByPositionAscIdAsc(review.id()).stream()
                .collect(Collectors.toMap(Finding::getId, f -> f));
        for (FindingEdit edit : edits) {
            Finding finding = edit.getId() == null ? null : existing.get(edit.getId());
            if (edit.getId() != null && finding == null) {
                throw new NotAllowedException("A finding in the form does not belong to this review.");
            }
            if (finding != null && finding.revision() != edit.getRevision()) {
                throw new StaleDataException("Finding #" + finding.getId() + " was changed by "
                        + users.displayName(finding.lastEditor()) + " meanwhile. Your input is still in the form; "
                        + "reload to see their version.");
            }
        }
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            FindingEdit edit = edits.get(i);
            if (edit.getId() == null) {
                Finding created = findings.save(Finding.added(review.id(), edit, actor, i));
                revisions.save(FindingRevision.of(created, actor, clock.instant()));
                edit.setId(created.getId());
                edit.setRevision(created.revision());
                changes.add("added #" + created.getId());
                continue;
            }
            Finding finding = existing.get(edit.getId());
            if (finding.edit(edit, actor, i)) {
                revisions.save(FindingRevision.of(finding, actor, clock.instant()));
                edit.setRevision(finding.revision());
                changes.add((edit.getMergeIntoId() != null ? "merged #" + finding.getId() + " into #"
                        + edit.getMergeIntoId() : edit.isWithdrawn() ? "withdrew #" + finding.getId()
                        : "revised #" + finding.getId() + " (revision " + finding.revision() + ")"));
            }
        }
        if (!changes.isEmpty()) {
            audit.record(AuditEntry.of(actor, "findings.edited", review.id(), "Review", review.id(),
                    users.displayName(actor) + " edited the findings: " + String.join(", ", changes)));
        }
        return review;
    }

    /**
     * Checks a consolidation: statements, lengths, institutions of the partnership, merges into
     * findings of the same form that stay in the set, and, before the set goes to the approver,
     * an owner and a target date for every recommendation.
     */
    private void check(List<FindingEdit> edits, Set<Long> institutions, boolean complete) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(clock.withZone(Times.zone()));
        Map<Long, FindingEdit> byId = new HashMap<>();
        edits.stream().filter(e -> e.getId() != null).forEach(e -> byId.put(e.getId(), e));
        for (int i = 0; i < edits.size(); i++) {
            FindingEdit edit = edits.get(i);
            String field = "finding." + i;
            errors.rejectIf(TextInput.blank(edit.getStatement()), field,
                    "A finding needs a statement; withdraw it instead of emptying it");
            errors.rejectIf(edit.getStatement() != null && edit.getStatement().length() > MAX_STATEMENT, field,
                    "At most " + MAX_STATEMENT + " characters");
            errors.rejectIf(TextInput.unreadable(edit.getStatement()), field, TextInput.UNREADABLE);
            errors.rejectIf(TextInput.unreadable(edit.getDomain()), "domain." + i, TextInput.UNREADABLE);
            errors.rejectIf(TextInput.unreadable(edit.getOwner()), "owner." + i, TextInput.UNREADABLE);
            errors.rejectIf(edit.getType() == null || edit.getPriority() == null, field, "Choose type and priority");
            errors.rejectIf(edit.getInstitutionId() != null && !institutions.contains(edit.getInstitutionId()), field,
                    "This institution is not part of the review's partnership");
            errors.rejectIf(edit.getDomain() != null && edit.getDomain().length() > MAX_LABEL, "domain." + i,
                    "At most " + MAX_LABEL + " characters");
            errors.rejectIf(edit.getOwner() != null && edit.getOwner().length() > MAX_LABEL, "owner." + i,
                    "At most " + MAX_LABEL + " characters");
            if (edit.getMergeIntoId() != null) {
                FindingEdit target = byId.get(edit.getMergeIntoId());
                errors.rejectIf(edit.getId() == null, field, "Save a new finding before merging it");
                errors.rejectIf(edit.getMergeIntoId().equals(edit.getId()), field,
                        "A finding cannot be merged into itself");
                errors.rejectIf(target == null, field, "Merge into a finding of this review");
                errors.rejectIf(target != null && !edit.getMergeIntoId().equals(edit.getId()) && !target.isInSet(),
                        field, "Merge into a finding that stays in the set");
            }
            boolean recommendation = edit.getType() == FindingType.RECOMMENDATION && edit.isInSet();
            if (recommendation && edit.getTargetDate() != null) {
                errors.rejectIf(edit.getTargetDate().isBefore(today), "targetDate." + i,
                        "The target date is in the past");
                errors.rejectIf(edit.getTargetDate().isAfter(today.plusYears(MAX_TARGET_YEARS)), "targetDate." + i,
                        "At most " + MAX_TARGET_YEARS + " years ahead");
            }
            if (complete && recommendation) {
                errors.rejectIf(TextInput.blank(edit.getOwner()), "owner." + i,
                        "Say who owns this recommendation");
                errors.rejectIf(edit.getTargetDate() == null, "targetDate." + i, "Set a target date");
            }
        }
        errors.rejectIf(complete && edits.stream().noneMatch(FindingEdit::isInSet), "findings",
                "Keep at least one finding for the approver to sign off");
        errors.throwIfAny();
    }

    /**
     * Who raised each finding: its author, and the authors of every finding merged into it,
     * however many merges deep.
     */
    private Map<Long, List<String>> provenance(List<Finding> all) {
        Map<Long, List<Finding>> mergedInto = new HashMap<>();
        all.stream().filter(f -> f.mergedIntoId() != null)
                .forEach(f -> mergedInto.computeIfAbsent(f.mergedIntoId(), id -> new ArrayList<>()).add(f));
        Map<String, String> names = users.displayNames(all.stream().map(Finding::author).toList());
        Map<Long, List<String>> raisedBy = new HashMap<>();
        for (Finding finding : all) {
            Set<String> people = new LinkedHashSet<>();
            Deque<Finding> pending = new ArrayDeque<>(List.of(finding));
            Set<Long> seen = new HashSet<>();
            while (!pending.isEmpty()) {
                Finding next = pending.pop();
                if (seen.add(next.getId())) {
                    people.add(names.get(next.author()));
                    pending.addAll(mergedInto.getOrDefault(next.getId(), List.of()));
                }
            }
            raisedBy.put(finding.getId(), List.copyOf(people));
        }
        return raisedBy;
    }

    private Map<Long, InstitutionSummary> institutionsOf(List<Finding> all) {
        return partnerships.institutions(all.stream().map(Finding::institutionId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** The fixed order of a set: by institution (cross-cutting last), then type, then the consolidator's order. */
    private static Comparator<Finding> inGroups(Map<Long, InstitutionSummary> institutions) {
        return Comparator.comparing((Finding f) -> f.institutionId() == null)
                .thenComparing(f -> acronym(institutions, f.institutionId()))
                .thenComparing(Finding::type)
                .thenComparingInt(Finding::position)
                .thenComparing(Finding::getId);
    }

    private static String acronym(Map<Long, InstitutionSummary> institutions, Long institutionId) {
        if (institutionId == null) {
            return CROSS_CUTTING;
        }
        InstitutionSummary institution = institutions.get(institutionId);
        return institution == null ? "#" + institutionId : institution.acronym();
    }

    private static FindingEdit toEdit(Finding finding, List<String> raisedBy) {
        FindingEdit edit = new FindingEdit();
        edit.setId(finding.getId());
        edit.setInstitutionId(finding.institutionId());
        edit.setType(finding.type());
        edit.setDomain(finding.domain());
        edit.setPriority(finding.priority());
        edit.setStatement(finding.statement());
        edit.setOwner(finding.owner());
        edit.setTargetDate(finding.targetDate());
        edit.setWithdrawn(finding.status() == FindingStatus.WITHDRAWN);
        edit.setMergeIntoId(finding.mergedIntoId());
        edit.setRaisedBy(raisedBy);
        edit.setRevision(finding.revision());
        return edit;
    }
}
