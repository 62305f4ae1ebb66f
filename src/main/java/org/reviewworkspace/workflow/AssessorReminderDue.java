package org.reviewworkspace.workflow;

/**
 * Published by the process two days before an assessment is due while it is still open.
 *
 * @param referenceCode the review's reference code
 * @param assignmentId the assignment whose assessment is still open
 */
public record AssessorReminderDue(String referenceCode, Long assignmentId) {
}
