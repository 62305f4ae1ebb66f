package org.reviewworkspace.workflow;

/**
 * Published synchronously, inside the engine's transaction, whenever the process of a review
 * reaches a new stage, so that the review's status is always the process position.
 *
 * @param referenceCode the review's reference code (the process business key)
 */
public record ReviewStageReached(String referenceCode, ReviewStage stage) {
}
