package org.reviewworkspace.assessment;

/** An institution of a review that has assessors, to choose in the consensus view. */
public record ConsensusInstitution(long institutionId, String acronym, String name) {
}
