package org.reviewworkspace.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.StaleDataException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.finding.FindingService;
import org.reviewworkspace.finding.FindingType;
import org.reviewworkspace.finding.FindingView;
import org.reviewworkspace.partnership.InstitutionSummary;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewStarted;
import org.reviewworkspace.review.ReviewStatus;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.review.ReviewVisibility;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.workflow.ReviewStage;
import org.reviewworkspace.workflow.ReviewStageReached;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommendations carried from one review to the next: publishing a report turns each approved
 * recommendation into a follow-up item of the partnership; starting the partnership's next
 * review brings every open item in "to verify", and an assessor of that review records a
 * verdict with evidence. Nothing is carried forward as done: an item changes status only by a
 * verdict or a coordinator's update, each kept in its history and the audit trail.
 */
@Service
public class FollowUpService {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_OWNER = 200;
    /** How far ahead a target date may be set, as on the consolidation form. */
    public static final int MAX_TARGET_YEARS = FindingService.MAX_TARGET_YEARS;

    /** Statuses in which the delegation verifies earlier recommendations: from the visit until sign-off. */
    static final Set<ReviewStatus> VERIFYING = EnumSet.of(ReviewStatus.ASSESSING, ReviewStatus.CONSOLIDATING,
            ReviewStatus.CHANGES_REQUESTED);

    private static final Set<FollowUpStatus> OPEN = EnumSet.of(FollowUpStatus.NOT_STARTED, FollowUpStatus.IN_PROGRESS);

    private final FollowUpRepository items;
    private final FollowUpChangeRepository changes;
    private final VerificationRepository verifications;
    private final ReviewService reviews;
    private final FindingService findings;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpService(FollowUpRepository items, FollowUpChangeRepository changes, VerificationRepository verifications,
                    ReviewService reviews, FindingService findings, PartnershipService partnerships,
                    UserDirectory users, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.items = items;
        this.changes = changes;
        this.verifications = verifications;
        this.reviews = reviews;
        this.findings = findings;
        this.partnerships = partnerships;
        this.users = users;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /*
     * In the publishing transaction, before the report is rendered (it lists the new items): the
     * approved set is exactly what the report shows, so its recommendations are what the
     * partnership is to act on.
     */
    @EventListener
    void carryForward(ReviewStageReached event) {
        if (event.stage() != ReviewStage.PUBLISHED) {
            return;
        }
        ReviewSummary review = reviews.byReferenceCode(event.referenceCode());
        String actor = currentUser.signedIn().orElse(AuditEntry.SYSTEM);
        List<FindingView> recommendations = findings.findingsSet(review.id()).stream()
                .filter(f -> f.type() == FindingType.RECOMMENDATION && !items.existsByFindingId(f.id())).toList();
        for (FindingView recommendation : recommendations) {
            FollowUp item = items.save(new FollowUp(review.partnershipId(), review.id(), recommendation, actor,
                    clock.instant()));
            changes.save(new FollowUpChange(item, "Approved in the report of " + review.referenceCode(), review.id()));
        }
        if (!recommendations.isEmpty()) {
            audit.record(AuditEntry.of(actor, "follow-ups.created", review.id(), "Review", review.id(),
                    recommendations.size() + " approved recommendations of " + review.referenceCode()
                            + " became follow-up items of the partnership, each not started"));
        }
    }

    /*
     * In the transaction that starts a review: every item still open is to be verified by it,
     * whichever earlier review made it. Its status when the review started is kept beside it.
     */
    @EventListener
    void bringInOpenItems(ReviewStarted event) {
        ReviewSummary review = reviews.byId(event.reviewId());
        List<FollowUp> open = items.findByPartnershipIdAndStatusInOrderById(review.partnershipId(), OPEN);
        open.forEach(item -> verifications.save(new Verification(review.id(), item)));
        if (!open.isEmpty()) {
            audit.record(AuditEntry.of(currentUser.signedIn().orElse(AuditEntry.SYSTEM), "follow-ups.to-verify",
                    review.id(), "Review", review.id(), open.size() + " open follow-up items of earlier reviews are "
                            + "to be verified in " + review.referenceCode()));
        }
    }

    /**
     * The follow-up items a review is to verify, with what its assessors found so far; refuses
     * users who may not see the review.
     */
    @Transactional(readOnly = true)
    public List<VerificationItem> toVerify(long reviewId) {
        ReviewSummary review = reviews.visible(reviewId);
        return verificationsOf(review, mayVerify(review));
    }

    /**
     * The verifications of a review, for the report and the comparison, which check their own
     * permissions first.
     */
    @Transactional(readOnly = true)
    public List<VerificationItem> verificationsOf(long reviewId) {
        return verificationsOf(reviews.byId(reviewId), false);
    }

    /**
     * Records an assessor's verdict on a follow-up item, with their evidence, and moves the item
     * to the status the verdict means ("partly implemented" leaves it in progress). Only
     * delegation members of the verifying review, from the visit until the findings go to
     * sign-off. {@code version} is the one the form was loaded with: a verdict someone else
     * recorded since is never overwritten unseen.
     */
    @Transactional
    public VerificationItem recordVerdict(long verificationId, VerdictForm form, long version) {
        Verification verification = verifications.findById(verificationId)
                .orElseThrow(() -> new NotFoundException("This follow-up item is not to be verified here."));
        ReviewSummary review = reviews.byId(verification.reviewId());
        String assessor = requireVerifier(review);
        if (verification.version() != version) {
            throw new StaleDataException((verification.verifiedBy() == null ? "Someone else"
                    : users.displayName(verification.verifiedBy())) + " recorded a verdict on this item"
                    + (verification.verifiedAt() == null ? "" : " on " + Times.dateTime(verification.verifiedAt()))
                    + " since you opened it. Your input is still in the form; reload to see theirs.");
        }
        new InvalidInputException.Collector()
                .rejectIf(form.getVerdict() == null, "verdict", "Choose what the delegation found")
                .rejectIf(TextInput.blank(form.getEvidence()), "evidence",
                        "Say what you saw, read or were told that supports the verdict")
                .rejectIf(TextInput.tooLong(form.getEvidence(), MAX_TEXT), "evidence", "At most " + MAX_TEXT + " characters")
                .rejectIf(TextInput.unreadable(form.getEvidence()), "evidence", TextInput.UNREADABLE)
                .throwIfAny();
        FollowUp item = items.findById(verification.followUpId()).orElseThrow();
        String before = verification.describe();
        String evidence = form.getEvidence().strip();
        verification.record(form.getVerdict(), evidence, assessor, clock.instant());
        verifications.saveAndFlush(verification);
        item.update(form.getVerdict().status(), item.owner(), item.targetDate(), assessor, clock.instant());
        // the history's note column holds as much as the evidence may, so a long one is cut there;
        // the verification keeps it whole
        changes.save(new FollowUpChange(item, shortened(form.getVerdict().label() + ": " + evidence, MAX_TEXT),
                review.id()));
        audit.record(AuditEntry.of(assessor, "follow-up.verified", review.id(), "FollowUp", item.getId(),
                        users.displayName(assessor) + " verified the recommendation \u201c" + shortened(item.statement(), 80)
                                + "\u201d: " + form.getVerdict().label().toLowerCase())
                .withDetail(before, verification.describe()));
        return view(verification, item, labels(List.of(item), List.of(assessor)), true);
    }

    /**
     * One page of the follow-up items the current user may see (those of published reports they
     * may read), narrowed by {@code filter}; newest report first, then in the report's order.
     */
    @Transactional(readOnly = true)
    public List<FollowUpItem> list(FollowUpFilter filter, Pageable page) {
        ReviewVisibility visible = reviews.visibility();
        if (visible.none()) {
            return List.of();
        }
        Sort tieBreak = Sort.by(Sort.Direction.DESC, "sourceReviewId").and(Sort.by("id"));
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), page.getSort().and(tieBreak));
        List<FollowUp> found = visibleItems(filter, visible, ordered).getContent();
        Labels labels = labels(found);
        return found.stream().map(item -> item(item, labels)).toList();
    }

    /** How many items {@link #list} would show in all. */
    @Transactional(readOnly = true)
    public long count(FollowUpFilter filter) {
        ReviewVisibility visible = reviews.visibility();
        return visible.none() ? 0 : visibleItems(filter, visible, Pageable.ofSize(1)).getTotalElements();
    }

    /** How many follow-up items the current user may see stand in each status (every status listed). */
    @Transactional(readOnly = true)
    public Map<FollowUpStatus, Long> countByStatus() {
        Map<FollowUpStatus, Long> counts = new EnumMap<>(FollowUpStatus.class);
        for (FollowUpStatus status : FollowUpStatus.values()) {
            counts.put(status, 0L);
        }
        ReviewVisibility visible = reviews.visibility();
        if (!visible.none()) {
            items.countVisibleByStatus(visible.all(), visible.asMember(), visible.username(), visible.byStatus(),
                            visible.statuses(), visible.asObserver(), visible.observed())
                    .forEach(row -> counts.put((FollowUpStatus) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The items a published review's report made, for the report and the comparison, which check their own permissions. */
    @Transactional(readOnly = true)
    public List<FollowUpItem> itemsFrom(long sourceReviewId) {
        List<FollowUp> found = items.findBySourceReviewIdOrderById(sourceReviewId);
        Labels labels = labels(found);
        return found.stream().map(item -> item(item, labels)).toList();
    }

    /** Every state of a follow-up item, oldest first; refuses users who may not read its report. */
    @Transactional(readOnly = true)
    public List<FollowUpHistoryEntry> history(long followUpId) {
        FollowUp item = visibleItem(followUpId);
        List<FollowUpChange> states = changes.findByFollowUpIdOrderByChangedAtAscIdAsc(item.getId());
        Map<String, String> names = users.displayNames(states.stream().map(FollowUpChange::changedBy).toList());
        Map<Long, String> references = new HashMap<>();
        states.stream().map(FollowUpChange::reviewId).filter(Objects::nonNull).distinct()
                .forEach(id -> references.put(id, reviews.byId(id).referenceCode()));
        return states.stream().map(s -> new FollowUpHistoryEntry(s.changedAt(),
                names.getOrDefault(s.changedBy(), s.changedBy()), s.status(), s.owner(), s.targetDate(), s.note(),
                s.reviewId() == null ? null : references.get(s.reviewId()))).toList();
    }

    /** Whether the current user may update follow-up items between reviews (coordinators). */
    public boolean mayUpdate() {
        return currentUser.hasRole(Role.COORDINATOR);
    }

    /**
     * A coordinator's update of a follow-up item between reviews — the partner reports progress,
     * a new owner or target date is agreed — with a note saying why, kept in its history.
     * {@code version} is the one the form was loaded with.
     */
    @Transactional
    public FollowUpItem updateFollowUp(long followUpId, FollowUpEdit edit, long version) {
        String actor = currentUser.require(Capability.MANAGE_PARTNERSHIPS);
        FollowUp item = visibleItem(followUpId);
        if (item.version() != version) {
            throw new StaleDataException(users.displayName(item.lastChangedBy()) + " changed this follow-up item on "
                    + Times.dateTime(item.lastChangedAt()) + " since you opened it. Your input is still in the form; "
                    + "reload to see their version.");
        }
        LocalDate today = LocalDate.now(clock.withZone(Times.zone()));
        new InvalidInputException.Collector()
                .rejectIf(edit.getStatus() == null, "status", "Choose a status")
                .rejectIf(TextInput.tooLong(edit.getOwner(), MAX_OWNER), "owner", "At most " + MAX_OWNER + " characters")
                .rejectIf(TextInput.unreadable(edit.getOwner()), "owner", TextInput.UNREADABLE)
                .rejectIf(edit.getTargetDate() != null && edit.getTargetDate().isAfter(today.plusYears(MAX_TARGET_YEARS)),
                        "targetDate", "Choose a date within " + MAX_TARGET_YEARS + " years")
                .rejectIf(TextInput.blank(edit.getNote()), "note", "Say what changed, e.g. the partner's progress report")
                .rejectIf(TextInput.tooLong(edit.getNote(), MAX_TEXT), "note", "At most " + MAX_TEXT + " characters")
                .rejectIf(TextInput.unreadable(edit.getNote()), "note", TextInput.UNREADABLE)
                .throwIfAny();
        String before = item.describe();
        item.update(edit.getStatus(), TextInput.blank(edit.getOwner()) ? null : edit.getOwner().strip(),
                edit.getTargetDate(), actor, clock.instant());
        items.saveAndFlush(item);
        changes.save(new FollowUpChange(item, edit.getNote().strip(), null));
        audit.record(AuditEntry.of(actor, "follow-up.updated", item.sourceReviewId(), "FollowUp", item.getId(),
                        users.displayName(actor) + " updated the follow-up of \u201c" + shortened(item.statement(), 80)
                                + "\u201d: " + shortened(edit.getNote().strip(), 300))
                .withDetail(before, item.describe() + "\nNote: " + edit.getNote().strip()));
        return item(item, labels(List.of(item)));
    }

    private String requireVerifier(ReviewSummary review) {
        String username = currentUser.username();
        if (!currentUser.hasRole(Role.ASSESSOR) || !reviews.isMember(review.id(), username)) {
            throw new NotAllowedException("Only members of the delegation of " + review.referenceCode()
                    + " verify its follow-up items.");
        }
        if (!VERIFYING.contains(review.status())) {
            throw new NotAllowedException("Follow-up items of " + review.referenceCode() + " are verified from the "
                    + "visit until the findings go to sign-off; the review stands at "
                    + review.status().label().toLowerCase() + ".");
        }
        return username;
    }

    private boolean mayVerify(ReviewSummary review) {
        return currentUser.hasRole(Role.ASSESSOR) && VERIFYING.contains(review.status())
                && reviews.isMember(review.id(), currentUser.username());
    }

    private List<VerificationItem> verificationsOf(ReviewSummary review, boolean mayRecord) {
        List<Verification> found = verifications.findByReviewIdOrderById(review.id());
        Map<Long, FollowUp> byId = items.findAllById(found.stream().map(Verification::followUpId).toList()).stream()
                .collect(Collectors.toMap(FollowUp::getId, Function.identity()));
        Labels labels = labels(byId.values(), found.stream().map(Verification::verifiedBy).toList());
        return found.stream().map(v -> view(v, byId.get(v.followUpId()), labels, mayRecord)).toList();
    }

    private VerificationItem view(Verification v, FollowUp item, Labels labels, boolean mayRecord) {
        return new VerificationItem(v.getId(), v.reviewId(), item(item, labels), v.statusBefore(), v.verdict(),
                v.evidence(), v.verifiedBy() == null ? null : labels.names().getOrDefault(v.verifiedBy(), v.verifiedBy()),
                v.verifiedAt(), v.version(), mayRecord);
    }

    private FollowUpItem item(FollowUp item, Labels labels) {
        InstitutionSummary institution = item.institutionId() == null ? null : labels.institutions().get(item.institutionId());
        return new FollowUpItem(item.getId(), item.partnershipId(), labels.references().get(item.sourceReviewId()),
                item.institutionId(), institution == null ? FindingService.CROSS_CUTTING : institution.acronym(),
                item.statement(), item.domain(), item.priority(), item.owner(), item.targetDate(), item.status(),
                labels.names().getOrDefault(item.lastChangedBy(), item.lastChangedBy()), item.lastChangedAt(),
                item.version());
    }

    /** Acronyms, reference codes and display names for a batch of items, read once. */
    private record Labels(Map<Long, InstitutionSummary> institutions, Map<Long, String> references,
                          Map<String, String> names) {
    }

    private Labels labels(Collection<FollowUp> batch) {
        return labels(batch, List.of());
    }

    /** The labels of {@code batch}, with the display names of {@code others} (verifiers, say) too. */
    private Labels labels(Collection<FollowUp> batch, Collection<String> others) {
        Set<Long> institutionIds = batch.stream().map(FollowUp::institutionId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> references = new HashMap<>();
        batch.stream().map(FollowUp::sourceReviewId).distinct()
                .forEach(id -> references.put(id, reviews.byId(id).referenceCode()));
        Set<String> people = new HashSet<>();
        batch.forEach(item -> people.add(item.lastChangedBy()));
        others.stream().filter(Objects::nonNull).forEach(people::add);
        return new Labels(institutionIds.isEmpty() ? Map.of() : partnerships.institutions(institutionIds), references,
                users.displayNames(people));
    }

    private FollowUp visibleItem(long followUpId) {
        FollowUp item = items.findById(followUpId)
                .orElseThrow(() -> new NotFoundException("This follow-up item does not exist."));
        reviews.visible(item.sourceReviewId());
        return item;
    }

    private Page<FollowUp> visibleItems(FollowUpFilter filter, ReviewVisibility visible, Pageable page) {
        return items.findVisible(filter.partnershipId(), filter.status(), visible.all(), visible.asMember(),
                visible.username(), visible.byStatus(), visible.statuses(), visible.asObserver(), visible.observed(),
                page);
    }

    /** {@code text} cut to at most {@code max} characters, an ellipsis marking the cut. */
    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }
}
