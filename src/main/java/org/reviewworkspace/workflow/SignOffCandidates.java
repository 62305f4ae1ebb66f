package org.reviewworkspace.workflow;

import java.util.List;

/**
 * Who may sign off the findings of a review, asked by the process when the sign-off task is
 * created; implemented by the sign-off feature and exposed to the BPMN as the bean
 * {@code signOffCandidates}. People left out never see the task.
 */
public interface SignOffCandidates {

    /** The usernames of the approvers who may sign off the findings of a review. */
    List<String> forReview(String referenceCode);
}
