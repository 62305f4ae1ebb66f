package org.reviewworkspace.assessment;

import java.time.Instant;

/**
 * A comment as a thread shows it.
 *
 * @param markdown what the author typed
 * @param html the same rendered by {@link org.reviewworkspace.base.Markdown}: sanitised, safe to show as HTML
 */
public record AssessmentCommentView(long id, long assessmentId, String author, String authorName, Instant postedAt,
                                    String markdown, String html) {
}
