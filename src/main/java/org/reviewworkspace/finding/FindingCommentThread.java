package org.reviewworkspace.finding;

import java.util.List;
import java.util.Map;

/**
 * The discussion of one finding as the current user may take part in it.
 *
 * @param comments    the latest comments, oldest first
 * @param mayPost     whether the current user may post now
 * @param whyNot      when they may not, why, in their terms; otherwise {@code null}
 * @param mentionable who may be mentioned with {@code @username}: username → display name, coordinator first
 */
public record FindingCommentThread(long findingId, List<FindingCommentView> comments, boolean mayPost, String whyNot,
                                   Map<String, String> mentionable) {
}
