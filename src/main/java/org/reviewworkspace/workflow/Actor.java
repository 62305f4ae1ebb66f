package org.reviewworkspace.workflow;

import java.util.Set;

/** Who asks the engine for something: a username and the groups (our role names) they hold. */
record Actor(String username, Set<String> groups) {
}
