package org.reviewworkspace.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.base.InvalidInputException;
import org.reviewworkspace.base.NotFoundException;
import org.reviewworkspace.base.TextInput;
import org.reviewworkspace.base.Times;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.Role;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.security.UserSummary;
import org.reviewworkspace.visit.AssignmentInfo;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.TaskFilter;
import org.reviewworkspace.workflow.TaskOrder;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current user's tasks — assigned to them, or offered to them or their groups; for a
 * coordinator also every task of the reviews they coordinate — and what they may do with them:
 * claim, give back, hand to someone else, reassign, follow up. Every action is decided here for
 * the user asking, never on a task id alone, and lands in the audit trail.
 */
@Service
public class InboxService {

    /** "Due within 3 days", from DESIGN.md §5's "due soon". */
    static final Duration DUE_SOON = Duration.ofDays(3);
    /** How many reviews a title search may match; a search that broad should be narrowed. */
    private static final int TITLE_MATCHES = 200;
    static final int MAX_FILTER_NAME = 60;
    static final int MAX_SAVED_FILTERS = 20;
    private static final int MAX_FOLLOW_UP_YEARS = 2;

    private final Workflow workflow;
    private final ReviewService reviews;
    private final VisitService visits;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final SavedFilterRepository savedFilters;
    private final Clock clock;

    InboxService(Workflow workflow, ReviewService reviews, VisitService visits, UserDirectory users,
                 CurrentUser currentUser, AuditService audit, SavedFilterRepository savedFilters, Clock clock) {
        this.workflow = workflow;
        this.reviews = reviews;
        this.visits = visits;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.savedFilters = savedFilters;
        this.clock = clock;
    }

    /** One page of the tasks {@code filter} selects for the current user, in {@code order}. */
    @Transactional(readOnly = true)
    public List<InboxItem> page(InboxFilter filter, TaskOrder order, int offset, int limit) {
        TaskFilter selection = taskFilter(filter);
        return items(workflow.inbox(selection, order, offset, limit), selection.scope());
    }

    /** One page of my tasks and those offered to me, newest first. */
    @Transactional(readOnly = true)
    public List<InboxItem> page(int offset, int limit) {
        return page(InboxFilter.DEFAULT, TaskOrder.NEWEST_FIRST, offset, limit);
    }

    /** How many tasks {@code filter} selects for the current user. */
    @Transactional(readOnly = true)
    public long count(InboxFilter filter) {
        return workflow.inboxSize(taskFilter(filter));
    }

    /** My tasks and those offered to me: the number shown beside "Inbox" in the navigation. */
    @Transactional(readOnly = true)
    public long count() {
        return count(InboxFilter.DEFAULT);
    }

    /** The open tasks of one review that the current user works on or may claim. */
    @Transactional(readOnly = true)
    public List<InboxItem> myTasksOn(String referenceCode) {
        return items(workflow.inboxOn(referenceCode), TaskFilter.Scope.MINE_AND_OFFERED);
    }

    /** Claims a task offered to the current user, e.g. a consolidation or a sign-off. */
    @Transactional
    public void claim(String taskId) {
        TaskRef task = workflow.claim(taskId);
        String username = currentUser.username();
        record(task, "task.claimed", users.displayName(username) + " claimed \u201c" + task.name() + "\u201d");
    }

    /** Gives a claimed task back to the people it is offered to. */
    @Transactional
    public void unclaim(String taskId) {
        TaskRef task = workflow.unclaim(taskId);
        record(task, "task.unclaimed", users.displayName(currentUser.username()) + " gave \u201c" + task.name()
                + "\u201d back to the people it is offered to");
    }

    /** The people the current user may hand a task to, or reassign it to as the review's coordinator. */
    @Transactional(readOnly = true)
    public List<UserSummary> eligibleAssignees(String taskId) {
        TaskRef task = workflow.task(taskId);
        String username = currentUser.username();
        if (!username.equals(task.assignee())) {
            reviews.requireCoordinator(reviewOf(task).id());
        }
        List<String> eligible = workflow.eligibleAssignees(taskId).stream()
                .filter(candidate -> !candidate.equals(task.assignee())).toList();
        Map<String, String> names = users.displayNames(eligible);
        return eligible.stream().map(candidate -> new UserSummary(candidate, names.get(candidate))).toList();
    }

    /** Hands a task the current user holds to another of the people it is offered to. */
    @Transactional
    public void handOver(String taskId, String toUsername) {
        if (toUsername == null || toUsername.isBlank()) {
            throw new InvalidInputException("to", "Choose who should take over the task");
        }
        TaskRef task = workflow.handOver(taskId, toUsername);
        record(task, "task.handed-over", users.displayName(currentUser.username()) + " handed \u201c" + task.name()
                + "\u201d to " + users.displayName(toUsername));
    }

    /**
     * Gives any open task of a review the current user coordinates to one of the people it is
     * offered to, or back to all of them ({@code toUsername} {@code null}).
     */
    @Transactional
    public void reassign(String taskId, String toUsername) {
        TaskRef before = workflow.task(taskId);
        String coordinator = reviews.requireCoordinator(reviewOf(before).id());
        TaskRef task = workflow.reassign(taskId, toUsername);
        String from = before.assignee() == null ? "nobody" : users.displayName(before.assignee());
        String to = toUsername == null ? "the people it is offered to" : users.displayName(toUsername);
        record(task, "task.reassigned", users.displayName(coordinator) + " reassigned \u201c" + task.name()
                + "\u201d from " + from + " to " + to);
    }

    /**
     * Sets the day on which the current user wants to look at a task they hold again ({@code null}
     * clears it): today or later, at most two years ahead, in the display zone.
     */
    @Transactional
    public void followUp(String taskId, LocalDate day) {
        LocalDate today = LocalDate.now(clock.withZone(Times.zone()));
        if (day != null && day.isBefore(today)) {
            throw new InvalidInputException("followUp", "Choose today or a later day");
        }
        if (day != null && day.isAfter(today.plusYears(MAX_FOLLOW_UP_YEARS))) {
            throw new InvalidInputException("followUp", "Choose a day within the next two years");
        }
        TaskRef task = workflow.followUp(taskId, day == null ? null : day.atStartOfDay(Times.zone()).toInstant());
        record(task, "task.follow-up-set", users.displayName(currentUser.username())
                + (day == null ? " cleared the follow-up date of \u201c" + task.name() + "\u201d"
                        : " will follow up \u201c" + task.name() + "\u201d on " + Times.date(day)));
    }

    /** What the current user may choose under "Show": every task of their reviews for coordinators only. */
    public List<InboxFilter.Show> showOptions() {
        return Stream.of(InboxFilter.Show.values())
                .filter(show -> show != InboxFilter.Show.MY_REVIEWS || currentUser.hasRole(Role.COORDINATOR))
                .toList();
    }

    /** The current user's saved filters, by name. */
    @Transactional(readOnly = true)
    public List<NamedFilter> savedFilters() {
        return savedFilters.findByOwnerOrderByName(currentUser.username()).stream()
                .map(saved -> new NamedFilter(saved.getId(), saved.name(), saved.filter())).toList();
    }

    /**
     * Saves {@code filter} under {@code name} for the current user, replacing their filter of
     * that name (ignoring case) if there is one.
     */
    @Transactional
    public NamedFilter saveFilter(String name, InboxFilter filter) {
        String owner = currentUser.username();
        String trimmed = name == null ? "" : name.strip();
        if (TextInput.blank(trimmed)) {
            throw new InvalidInputException("name", "Give the filter a name");
        }
        if (TextInput.unreadable(trimmed) || trimmed.matches("(?s).*[\\r\\n].*")) {
            throw new InvalidInputException("name", "Keep the name on one line, without invisible control characters");
        }
        if (trimmed.length() > MAX_FILTER_NAME) {
            throw new InvalidInputException("name", "Keep the name to " + MAX_FILTER_NAME + " characters");
        }
        requireValid(filter);
        SavedFilter saved = savedFilters.findByOwnerAndNameIgnoreCase(owner, trimmed).orElse(null);
        if (saved == null) {
            if (savedFilters.countByOwner(owner) >= MAX_SAVED_FILTERS) {
                throw new InvalidInputException("name", "You have " + MAX_SAVED_FILTERS
                        + " saved filters; delete one first");
            }
            saved = savedFilters.save(new SavedFilter(owner, trimmed, filter));
        } else {
            saved.change(filter);
        }
        audit.record(AuditEntry.of(owner, "inbox.filter-saved", null, "InboxFilter", saved.getId(),
                users.displayName(owner) + " saved the inbox filter \u201c" + saved.name() + "\u201d"));
        return new NamedFilter(saved.getId(), saved.name(), saved.filter());
    }

    /** Deletes one of the current user's saved filters. */
    @Transactional
    public void deleteFilter(long id) {
        String owner = currentUser.username();
        SavedFilter saved = savedFilters.findById(id).filter(f -> f.owner().equals(owner))
                .orElseThrow(() -> new NotFoundException("This saved filter no longer exists."));
        savedFilters.delete(saved);
        audit.record(AuditEntry.of(owner, "inbox.filter-deleted", null, "InboxFilter", id,
                users.displayName(owner) + " deleted the inbox filter \u201c" + saved.name() + "\u201d"));
    }

    private TaskFilter taskFilter(InboxFilter filter) {
        requireValid(filter);
        String username = currentUser.username();
        Instant now = clock.instant();
        TaskFilter.Scope scope = switch (filter.show()) {
            case MINE -> TaskFilter.Scope.MINE;
            case OFFERED -> TaskFilter.Scope.OFFERED;
            case MINE_AND_OFFERED -> TaskFilter.Scope.MINE_AND_OFFERED;
            case MY_REVIEWS -> TaskFilter.Scope.REVIEWS;
        };
        Set<String> coordinated = scope == TaskFilter.Scope.REVIEWS
                ? reviews.referenceCodesCoordinatedBy(username) : Set.of();
        Instant dueAfter = filter.due() == InboxFilter.Due.DUE_SOON ? now : null;
        Instant dueBefore = switch (filter.due()) {
            case OVERDUE -> now;
            case DUE_SOON -> now.plus(DUE_SOON);
            default -> null;
        };
        Instant followUpBefore = filter.due() == InboxFilter.Due.FOLLOW_UP_TODAY
                ? LocalDate.now(clock.withZone(Times.zone())).plusDays(1).atStartOfDay(Times.zone()).toInstant()
                : null;
        String search = filter.search().isEmpty() ? null : filter.search();
        Set<String> titles = search == null ? Set.of()
                : reviews.referenceCodesWithTitleContaining(search, TITLE_MATCHES);
        return new TaskFilter(scope, coordinated, dueAfter, dueBefore, followUpBefore, search, titles);
    }

    private static void requireValid(InboxFilter filter) {
        if (filter.search().length() > InboxFilter.MAX_SEARCH) {
            throw new InvalidInputException("search", "Search for at most " + InboxFilter.MAX_SEARCH + " characters");
        }
    }

    /**
     * The tasks as the inbox lists them. In the scopes of the current user's own inbox, a task
     * nobody holds was selected because it is offered to them, so they may claim it; only among
     * every task of a coordinator's reviews does that take a query.
     */
    private List<InboxItem> items(List<TaskRef> tasks, TaskFilter.Scope scope) {
        Map<String, ReviewSummary> byCode = reviews.byReferenceCodes(
                tasks.stream().map(TaskRef::referenceCode).collect(Collectors.toSet()));
        Map<Long, AssignmentInfo> assignments = visits.assignments(
                tasks.stream().map(TaskRef::assignmentId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> names = users.displayNames(
                Stream.concat(tasks.stream().map(TaskRef::assignee).filter(Objects::nonNull),
                        assignments.values().stream().map(AssignmentInfo::assessor)).toList());
        List<String> unclaimed = tasks.stream().filter(task -> task.assignee() == null).map(TaskRef::id).toList();
        Set<String> claimable = scope == TaskFilter.Scope.REVIEWS ? workflow.claimableByMe(unclaimed) : Set.copyOf(unclaimed);
        String me = currentUser.username();
        Instant now = clock.instant();
        return tasks.stream().map(task -> {
            ReviewSummary review = byCode.get(task.referenceCode());
            AssignmentInfo assignment = task.assignmentId() == null ? null : assignments.get(task.assignmentId());
            return new InboxItem(task.id(), task.name(), task.route(), review == null ? null : review.id(),
                    task.referenceCode(), review == null ? "" : review.title(),
                    assignment == null ? "" : assignment.institutionAcronym(), task.created(), task.due(),
                    task.assignee() == null ? "" : names.get(task.assignee()), claimable.contains(task.id()),
                    me.equals(task.assignee()), task.shared(), task.followUp(),
                    task.due() != null && task.due().isBefore(now));
        }).toList();
    }

    private ReviewSummary reviewOf(TaskRef task) {
        return reviews.byReferenceCode(task.referenceCode());
    }

    private void record(TaskRef task, String action, String summary) {
        audit.record(AuditEntry.of(currentUser.username(), action, reviewOf(task).id(), "Task", task.id(), summary));
    }
}
