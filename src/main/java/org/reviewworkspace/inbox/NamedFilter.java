package org.reviewworkspace.inbox;

/** A saved filter as its owner picks it from the list. */
public record NamedFilter(long id, String name, InboxFilter filter) {
}
