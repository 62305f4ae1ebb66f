package org.reviewworkspace.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reviewworkspace.audit.AuditEntry;
import org.reviewworkspace.audit.AuditService;
import org.reviewworkspace.review.ReviewService;
import org.reviewworkspace.review.ReviewSummary;
import org.reviewworkspace.security.CurrentUser;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.visit.AssignmentInfo;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current user's tasks: assigned to them, or offered to them or their groups. */
@Service
public class InboxService {

    private final Workflow workflow;
    private final ReviewService reviews;
    private final VisitService visits;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    InboxService(Workflow workflow, ReviewService reviews, VisitService visits, UserDirectory users,
                 CurrentUser currentUser, AuditService audit, Clock clock) {
        this.workflow = workflow;
        this.reviews = reviews;
        this.visits = visits;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the inbox, newest task first. */
    @Transactional(readOnly = true)
    public List<InboxItem> page(int offset, int limit) {
        return items(workflow.inbox(offset, limit));
    }

    private List<InboxItem> items(List<TaskRef> tasks) {
        Map<String, ReviewSummary> byCode = reviews.byReferenceCodes(
                tasks.stream().map(TaskRef::referenceCode).collect(Collectors.toSet()));
        Map<Long, AssignmentInfo> assignments = visits.assignments(
                tasks.stream().map(TaskRef::assignmentId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, String> names = users.displayNames(
                Stream.concat(tasks.stream().map(TaskRef::assignee).filter(Objects::nonNull),
                        assignments.values().stream().map(AssignmentInfo::assessor)).toList());
        return tasks.stream().map(task -> {
            ReviewSummary review = byCode.get(task.referenceCode());
            AssignmentInfo assignment = task.assignmentId() == null ? null : assignments.get(task.assignmentId());
            return new InboxItem(task.id(), task.name(), task.route(), review == null ? null : review.id(),
                    task.referenceCode(), review == null ? "" : review.title(),
                    assignment == null ? "" : assignment.institutionAcronym(), task.created(), task.due(),
                    task.assignee() == null ? "" : names.get(task.assignee()), task.assignee() == null,
                    task.due() != null && task.due().isBefore(clock.instant()));
        }).toList();
    }

    /** The open tasks of one review that the current user works on or may claim. */
    @Transactional(readOnly = true)
    public List<InboxItem> myTasksOn(String referenceCode) {
        return items(workflow.inboxOn(referenceCode));
    }

    @Transactional(readOnly = true)
    public long count() {
        return workflow.inboxSize();
    }

    /** Claims a group task for the current user, e.g. a consolidation or a sign-off. */
    @Transactional
    public void claim(String taskId) {
        TaskRef task = workflow.claim(taskId);
        String username = currentUser.username();
        ReviewSummary review = reviews.byReferenceCode(task.referenceCode());
        audit.record(AuditEntry.of(username, "task.claimed", review.id(), "Task", taskId,
                users.displayName(username) + " claimed \u201c" + task.name() + "\u201d"));
    }
}
