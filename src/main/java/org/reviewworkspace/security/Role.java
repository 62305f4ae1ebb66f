package org.reviewworkspace.security;

/** The roles of DESIGN.md §2. A user may hold several. */
public enum Role {
    COORDINATOR, ASSESSOR, APPROVER, OBSERVER, ADMIN;

    /** Constants for {@code @RolesAllowed}, which needs compile-time strings. */
    public static final class Names {
        public static final String COORDINATOR = "COORDINATOR";
        public static final String ASSESSOR = "ASSESSOR";
        public static final String APPROVER = "APPROVER";
        public static final String OBSERVER = "OBSERVER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
