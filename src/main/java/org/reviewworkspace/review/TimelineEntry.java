package org.reviewworkspace.review;

import java.time.Instant;

/** One line of a review's story: when, who, what. */
public record TimelineEntry(long sequence, Instant at, String actorName, String action, String summary) {
}
