package org.reviewworkspace.timeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * What of a review's story to show.
 *
 * @param kinds  the kinds of lines; none means nothing
 * @param person only what this user did or held (username), or {@code null} for everyone
 */
public record StoryFilter(Set<StoryKind> kinds, String person) {

    public StoryFilter {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(StoryKind.class) : EnumSet.copyOf(kinds);
    }

    /** Everything but the autosaves, by everyone. */
    public static StoryFilter everything() {
        return new StoryFilter(StoryKind.DEFAULT, null);
    }
}
