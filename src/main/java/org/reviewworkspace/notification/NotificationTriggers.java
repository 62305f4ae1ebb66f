package org.reviewworkspace.notification;

import org.reviewworkspace.review.ui.ReviewRoutes;
import org.reviewworkspace.security.UserDirectory;
import org.reviewworkspace.visit.AssignmentInfo;
import org.reviewworkspace.visit.VisitService;
import org.reviewworkspace.workflow.AssessmentOverdue;
import org.reviewworkspace.workflow.AssessorReminderDue;
import org.reviewworkspace.workflow.ReviewProcess;
import org.reviewworkspace.workflow.TaskAssigned;
import org.reviewworkspace.workflow.TaskRef;
import org.reviewworkspace.workflow.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What people are told, and when: the events of the review's process that concern someone
 * become notifications, written in the recipient's terms. The events arrive synchronously, in
 * the transaction of the engine command that caused them, so a notification exists exactly when
 * what it reports does.
 */
@Component
class NotificationTriggers {

    private final NotificationService notifications;
    private final VisitService visits;
    private final UserDirectory users;
    private final Workflow workflow;

    NotificationTriggers(NotificationService notifications, VisitService visits, UserDirectory users,
                         Workflow workflow) {
        this.notifications = notifications;
        this.visits = visits;
        this.users = users;
        this.workflow = workflow;
    }

    /**
     * "You have a new task: Assess institution — PIEAS (REV-2025-PK-01)", to whoever gets a task,
     * unless they took it themselves.
     */
    @EventListener
    void taskAssigned(TaskAssigned task) {
        if (task.selfAssigned()) {
            return;
        }
        String what = task.taskName() + (task.assignmentId() == null ? ""
                : " \u2014 " + visits.assignment(task.assignmentId()).institutionAcronym())
                + " (" + task.referenceCode() + ")";
        String title = task.newTask() || task.assignedBy() == null ? "You have a new task: " + what
                : users.displayName(task.assignedBy()) + " handed you a task: " + what;
        notifications.notify(task.assignee(), NotificationKind.TASK_ASSIGNED, title, task.referenceCode(),
                task.route());
    }

    /** "The PIEAS assessment is due in two days", to its assessor. */
    @EventListener
    void reminderDue(AssessorReminderDue event) {
        AssignmentInfo assignment = visits.assignment(event.assignmentId());
        notifications.notify(assignment.assessor(), NotificationKind.ASSESSMENT_DUE_SOON,
                "The " + assignment.institutionAcronym() + " assessment is due in two days", event.referenceCode(),
                assessmentLink(event.referenceCode(), assignment.id()));
    }

    /**
     * "The PIEAS assessment by Task-force member 2 is overdue" to the coordinator, who has to chase
     * it, and "Your PIEAS assessment is overdue" to its assessor.
     */
    @EventListener
    void overdue(AssessmentOverdue event) {
        AssignmentInfo assignment = visits.assignment(event.assignmentId());
        notifications.notify(event.coordinator(), NotificationKind.ASSESSMENT_OVERDUE,
                "The " + assignment.institutionAcronym() + " assessment by " + users.displayName(assignment.assessor())
                        + " is overdue", event.referenceCode(), event.chaseRoute());
        notifications.notify(assignment.assessor(), NotificationKind.ASSESSMENT_OVERDUE,
                "Your " + assignment.institutionAcronym() + " assessment is overdue", event.referenceCode(),
                assessmentLink(event.referenceCode(), assignment.id()));
    }

    /** The assessor's open "Assess institution" task of an assignment, else the review's workspace. */
    private String assessmentLink(String referenceCode, long assignmentId) {
        return workflow.openTasks(referenceCode).stream()
                .filter(t -> ReviewProcess.ASSESS_INSTITUTION.equals(t.key())
                        && Long.valueOf(assignmentId).equals(t.assignmentId()))
                .map(TaskRef::route).findFirst().orElse(ReviewRoutes.workspace(referenceCode));
    }
}
