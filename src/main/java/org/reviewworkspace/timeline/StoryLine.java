package org.reviewworkspace.timeline;

import java.time.Instant;

/**
 * One line of a review's story in business language.
 *
 * @param actor     the username of who acted, or "system" for the process itself
 * @param actorName who acted as people read it
 */
public record StoryLine(Instant at, StoryKind kind, String actor, String actorName, String text) {
}
