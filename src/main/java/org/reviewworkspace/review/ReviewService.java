package org.reviewworkspace.review;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotAllowedException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.partnership.PartnershipService;
import org.reviewworkspace.partnership.PartnershipSummary;
import org.reviewworkspace.security.Capability;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.workflow.ProcessPath;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts, lists, shows and cancels reviews; keeps each review's delegation. */
@Service
public class ReviewService {

    /** As the start form's Bean Validation says, checked again here (DESIGN.md §6.3). */
    static final int MAX_TITLE = 300;
    static final int MAX_OBJECTIVES = 4000;

    private final ReviewRepository reviews;
    private final ReviewAccess access;
    private final CurrentUser currentUser;
    private final PartnershipService partnerships;
    private final UserDirectory users;
    private final Workflow workflow;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewAccess access, CurrentUser currentUser,
                  PartnershipService partnerships, UserDirectory users, Workflow workflow, AuditService audit,
                  ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.access = access;
        this.currentUser = currentUser;
        this.partnerships = partnerships;
        this.users = users;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts a review of a partnership (coordinators only): gives it the next reference code of
     * its year, e.g. {@code REV-2025-PK-01}, and starts its process at "Plan visit".
     */
    @Transactional
    public ReviewSummary startReview(StartReviewForm form) {
        String coordinator = currentUser.require(Capability.START_OR_CANCEL_REVIEW);
        new InvalidInputException.Collector()
                .rejectIf(form.getPartnershipId() == null, "partnershipId", "Choose the partnership under review")
                .rejectIf(TextInput.blank(form.getTitle()), "title", "Give the review a title")
                .rejectIf(TextInput.tooLong(form.getTitle(), MAX_TITLE), "title", "At most " + MAX_TITLE + " characters")
                .rejectIf(TextInput.unreadable(form.getTitle()) || form.getTitle() != null
                        && form.getTitle().strip().matches("(?s).*[\\r\\n].*"), "title",
                        "Keep the title on one line, without invisible control characters")
                .rejectIf(TextInput.tooLong(form.getObjectives(), MAX_OBJECTIVES), "objectives",
                        "At most " + MAX_OBJECTIVES + " characters")
                .rejectIf(TextInput.unreadable(form.getObjectives()), "objectives", TextInput.UNREADABLE)
                .rejectIf(form.getYear() == null || form.getYear() < 2000 || form.getYear() > 2100, "year",
                        "Enter a year between 2000 and 2100")
                .throwIfAny();
        PartnershipSummary partnership = partnerships.partnership(form.getPartnershipId());
        if (partnership.archived()) {
            throw new InvalidInputException("partnershipId", partnership.name() + " is archived; restore it to start a review");
        }
        String prefix = "REV-" + form.getYear() + "-" + partnership.code() + "-";
        String referenceCode = prefix + String.format("%02d", reviews.countByReferenceCodeStartingWith(prefix) + 1);
        Optional<Review> previous = latestOf(partnership.id());
        Review review = reviews.save(new Review(referenceCode, form.getTitle().trim(), blankToNull(form.getObjectives()),
                partnership.id(), previous.map(Review::getId).orElse(null), coordinator, clock.instant()));
        boolean fromPrevious = form.isScopeFromPrevious() && previous.isPresent();
        if (fromPrevious) {
            review.replaceDelegation(previous.get().members().stream()
                    .collect(Collectors.toMap(ReviewMember::username, ReviewMember::role)));
        }
        audit.record(AuditEntry.of(coordinator, "review.started", review.getId(), "Review", review.getId(),
                users.displayName(coordinator) + " started review " + referenceCode + " \u201c" + review.getTitle()
                        + "\u201d" + (fromPrevious ? ", taking institutions, criteria and delegation from "
                        + previous.get().getReferenceCode() : "")));
        events.publishEvent(new ReviewStarted(review.getId(), previous.map(Review::getId).orElse(null), fromPrevious));
        review.startedAs(workflow.startReview(referenceCode, coordinator));
        return ReviewSummary.of(review);
    }

    /** Cancels a review that is still running (its coordinator only); the reason goes into the trail. */
    @Transactional
    public void cancelReview(long reviewId, String reason) {
        Review review = find(reviewId);
        String coordinator = access.requireCoordinatorOf(review);
        if (TextInput.blank(reason)) {
            throw new InvalidInputException("reason", "Say why the review is cancelled");
        }
        if (review.getStatus().isClosed()) {
            throw new NotAllowedException("Review " + review.getReferenceCode() + " is already "
                    + review.getStatus().label().toLowerCase() + ".");
        }
        audit.record(AuditEntry.of(coordinator, "review.cancel-requested", reviewId, "Review", reviewId,
                users.displayName(coordinator) + " cancelled the review: " + reason.trim()));
        workflow.cancelReview(review.getReferenceCode());
    }

    /** One page of the reviews the current user may see, narrowed by {@code filter}, newest first unless sorted. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> list(ReviewFilter filter, Pageable page) {
        return findVisible(filter, page).map(ReviewSummary::of).toList();
    }

    /** How many reviews {@link #list} would show in all. */
    @Transactional(readOnly = true)
    public long count(ReviewFilter filter) {
        return findVisible(filter, Pageable.ofSize(1)).getTotalElements();
    }

    /**
     * How many reviews the current user may see are at each stage, every status present (zero
     * where none is); counted by the database in one grouped query. An administrator, who sees no
     * review, gets zeros.
     */
    @Transactional(readOnly = true)
    public Map<ReviewStatus, Long> countByStatus() {
        ReviewVisibility visible = visibility();
        Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus status : ReviewStatus.values()) {
            counts.put(status, 0L);
        }
        if (visible.none()) {
            return counts;
        }
        for (Object[] row : reviews.countVisibleByStatus(visible.all(), visible.asMember(), visible.username(),
                visible.byStatus(), visible.statuses(), visible.asObserver(), visible.observed())) {
            counts.put((ReviewStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Which reviews the current user may see, for the features whose queries list or count what
     * belongs to reviews (findings, for example) and narrow it with {@link ReviewVisibility#WHERE}.
     */
    @Transactional(readOnly = true)
    public ReviewVisibility visibility() {
        Set<Role> roles = currentUser.roles();
        Set<ReviewStatus> statuses = access.statusesVisibleByRole();
        Set<Long> observed = access.observedPartnerships();
        return new ReviewVisibility(roles.contains(Role.COORDINATOR), roles.contains(Role.ASSESSOR),
                currentUser.username(), !statuses.isEmpty(),
                statuses.isEmpty() ? EnumSet.of(ReviewStatus.PUBLISHED) : statuses,
                // an empty "in" list is not valid JPQL, and no partnership has id 0
                !observed.isEmpty(), observed.isEmpty() ? Set.of(0L) : observed);
    }

    /** The review page's overview; refuses users who may not see the review. */
    @Transactional(readOnly = true)
    public ReviewDetails details(long reviewId) {
        Review review = find(reviewId);
        access.requireVisible(review);
        List<ReviewMember> members = review.members();
        Set<String> names = Stream.concat(members.stream().map(ReviewMember::username),
                Stream.of(review.getCoordinator())).collect(Collectors.toSet());
        List<TaskRef> open = workflow.openTasks(review.getReferenceCode());
        open.stream().map(TaskRef::assignee).filter(a -> a != null).forEach(names::add);
        Map<String, String> displayNames = users.displayNames(names);
        List<ReviewDetails.Member> delegation = members.stream()
                .sorted((a, b) -> a.role() == b.role() ? a.username().compareTo(b.username()) : a.role().compareTo(b.role()))
                .map(m -> new ReviewDetails.Member(m.username(), displayNames.get(m.username()), m.role())).toList();
        List<ReviewDetails.OpenTask> tasks = open.stream().map(t -> new ReviewDetails.OpenTask(t.name(),
                t.assignee() == null ? "not claimed yet" : displayNames.get(t.assignee()))).toList();
        boolean mayCancel = currentUser.hasRole(Role.COORDINATOR)
                && review.getCoordinator().equals(currentUser.username()) && !review.getStatus().isClosed();
        return new ReviewDetails(ReviewSummary.of(review), review.getObjectives(),
                partnerships.partnership(review.getPartnershipId()).name(),
                displayNames.get(review.getCoordinator()), delegation, tasks, mayCancel);
    }

    /**
     * The review with this id, for a user who may see it; refuses others as {@link #details}
     * does, without reading the delegation and open tasks the overview shows.
     */
    @Transactional(readOnly = true)
    public ReviewSummary visible(long reviewId) {
        Review review = find(reviewId);
        access.requireVisible(review);
        return ReviewSummary.of(review);
    }

    /** The overview of the review with this reference code; refuses users who may not see it. */
    @Transactional(readOnly = true)
    public ReviewDetails detailsByReference(String referenceCode) {
        return details(reviews.findByReferenceCode(referenceCode)
                .orElseThrow(() -> new NotFoundException("Review " + referenceCode + " does not exist.")).getId());
    }

    /**
     * The review's process diagram with the path taken so far (how often each step completed) and
     * the steps it waits at now; refuses users who may not see the review.
     */
    @Transactional(readOnly = true)
    public ProcessPath processPath(long reviewId) {
        Review review = find(reviewId);
        access.requireVisible(review);
        return workflow.processPath(review.getReferenceCode());
    }

    // --- for the other features, which check their own permissions first ---

    /** The review behind a process business key. */
    @Transactional(readOnly = true)
    public ReviewSummary byReferenceCode(String referenceCode) {
        return ReviewSummary.of(reviews.findByReferenceCode(referenceCode)
                .orElseThrow(() -> new NotFoundException("Review " + referenceCode + " does not exist.")));
    }

    /** The review with this id. */
    @Transactional(readOnly = true)
    public ReviewSummary byId(long reviewId) {
        return ReviewSummary.of(find(reviewId));
    }

    /** Reviews by reference code, for lists of tasks. */
    @Transactional(readOnly = true)
    public Map<String, ReviewSummary> byReferenceCodes(Collection<String> referenceCodes) {
        return reviews.findByReferenceCodeIn(referenceCodes).stream().map(ReviewSummary::of)
                .collect(Collectors.toMap(ReviewSummary::referenceCode, Function.identity()));
    }

    /** The reference codes of the reviews {@code username} coordinates. */
    @Transactional(readOnly = true)
    public Set<String> referenceCodesCoordinatedBy(String username) {
        return Set.copyOf(reviews.findReferenceCodesCoordinatedBy(username));
    }

    /**
     * The reference codes of at most {@code limit} reviews, newest first, whose title contains
     * {@code words} (ignoring case), for searches that narrow what a user already sees.
     */
    @Transactional(readOnly = true)
    public Set<String> referenceCodesWithTitleContaining(String words, int limit) {
        String pattern = "%" + words.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Set.copyOf(reviews.findReferenceCodesByTitleLike(pattern, PageRequest.of(0, limit)));
    }

    /** The review this one follows up, if it was started after an earlier review of its partnership. */
    @Transactional(readOnly = true)
    public Optional<ReviewSummary> previousReview(long reviewId) {
        return Optional.ofNullable(find(reviewId).getPreviousReviewId()).map(this::find).map(ReviewSummary::of);
    }

    /** Usernames of the delegation members of a review. */
    @Transactional(readOnly = true)
    public Map<String, MemberRole> delegation(long reviewId) {
        return find(reviewId).members().stream().collect(Collectors.toMap(ReviewMember::username, ReviewMember::role));
    }

    /** Whether {@code username} belongs to the review's delegation. */
    @Transactional(readOnly = true)
    public boolean isMember(long reviewId, String username) {
        return find(reviewId).isMember(username);
    }

    /** Refuses unless the current user coordinates the review; returns their username. */
    @Transactional(readOnly = true)
    public String requireCoordinator(long reviewId) {
        return access.requireCoordinatorOf(find(reviewId));
    }

    /**
     * Sets the delegation (the review's coordinator only, inside the planning transaction);
     * the caller has checked that everyone named is an assessor and that there is one lead.
     */
    @Transactional
    public void replaceDelegation(long reviewId, Map<String, MemberRole> delegation) {
        Review review = find(reviewId);
        access.requireCoordinatorOf(review);
        if (delegation.values().stream().filter(r -> r == MemberRole.LEAD).count() != 1) {
            throw new InvalidInputException("lead", "Choose exactly one lead of the delegation");
        }
        review.replaceDelegation(delegation);
    }

    private Page<Review> findVisible(ReviewFilter filter, Pageable page) {
        ReviewVisibility visible = visibility();
        String like = "%" + (filter.text() == null ? "" : filter.text().trim().toLowerCase()) + "%";
        String codePattern = filter.year() == null ? "%" : "REV-" + filter.year() + "-%";
        if (page.getSort().isUnsorted()) {
            page = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Direction.DESC, "createdAt"));
        }
        return reviews.findVisible(like, codePattern, filter.partnershipId(), filter.status(), filter.mine(),
                visible.all(), visible.asMember(), visible.username(), visible.byStatus(), visible.statuses(),
                visible.asObserver(), visible.observed(), page);
    }

    private Optional<Review> latestOf(Long partnershipId) {
        return reviews.findFirstByPartnershipIdOrderByCreatedAtDesc(partnershipId);
    }

    Review find(long reviewId) {
        return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("This review does not exist."));
    }

    private static String blankToNull(String text) {
        return TextInput.blank(text) ? null : text.trim();
    }
}
