package org.reviewworkspace.finding;

import java.time.Instant;

/**
 * A comment on a finding as a thread shows it.
 *
 * @param body          the markdown as its author typed it
 * @param html          the same rendered by {@link org.reviewworkspace.base.Markdown}, mentions of the
 *                      review's people resolved: sanitised, safe to show as HTML
 * @param changeRequest whether it is an approver's change request made with a sign-off decision
 */
public record FindingCommentView(Long id, Long findingId, String author, String authorName, Instant postedAt,
                                 String body, String html, boolean changeRequest) {
}
