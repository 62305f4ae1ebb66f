package org.reviewworkspace.security;

import static org.reviewworkspace.security.Role.ADMIN;
import static org.reviewworkspace.security.Role.APPROVER;
import static org.reviewworkspace.security.Role.ASSESSOR;
import static org.reviewworkspace.security.Role.COORDINATOR;
import static org.reviewworkspace.security.Role.OBSERVER;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The permission matrix of DESIGN.md §2 as data: each row a capability, each cell how far a
 * role reaches ({@link Reach}). Services ask {@link CurrentUser#require(Capability)} for the
 * role part; the membership part of a reach (whose review, which assignment) is checked by the
 * feature that knows it, e.g. {@code ReviewAccess}. Tests generate their cases from this table.
 */
public enum Capability {

    MANAGE_PARTNERSHIPS("manage partnerships and institutions", Map.of(COORDINATOR, Reach.ALL)),
    START_OR_CANCEL_REVIEW("start or cancel a review", Map.of(COORDINATOR, Reach.ALL)),
    PLAN_VISIT("plan the visit and assign assessors", Map.of(COORDINATOR, Reach.OWN_REVIEWS)),
    SEE_REVIEW_IN_PROGRESS("see a review in progress", Map.of(COORDINATOR, Reach.ALL,
            ASSESSOR, Reach.DELEGATION, APPROVER, Reach.SIGN_OFF_STAGE)),
    ASSESS_INSTITUTION("assess an institution", Map.of(ASSESSOR, Reach.OWN_ASSIGNMENTS)),
    DRAFT_FINDINGS("draft findings", Map.of(COORDINATOR, Reach.ALL, ASSESSOR, Reach.DELEGATION)),
    COMMENT_ON_FINDINGS("comment on findings", Map.of(COORDINATOR, Reach.ALL, ASSESSOR, Reach.DELEGATION,
            APPROVER, Reach.SIGN_OFF_STAGE)),
    CONSOLIDATE_FINDINGS("consolidate findings", Map.of(COORDINATOR, Reach.OWN_REVIEWS,
            ASSESSOR, Reach.DELEGATION_LEAD)),
    SIGN_OFF_FINDINGS("sign off findings", Map.of(APPROVER, Reach.FOUR_EYES)),
    READ_PUBLISHED_REPORTS("read published reports", Map.of(COORDINATOR, Reach.ALL, ASSESSOR, Reach.DELEGATION,
            APPROVER, Reach.ALL, OBSERVER, Reach.OWN_PARTNERSHIP)),
    READ_AUDIT_TRAIL("read the audit trail", Map.of(COORDINATOR, Reach.OWN_REVIEWS, ASSESSOR, Reach.DELEGATION,
            APPROVER, Reach.SIGNED_BY_THEM, ADMIN, Reach.ALL)),
    MANAGE_USERS("manage users, roles and process incidents", Map.of(ADMIN, Reach.ALL));

    /** How far a role's capability reaches. */
    public enum Reach {
        /** Everything of the kind. */
        ALL("everything"),
        /** The reviews the user coordinates. */
        OWN_REVIEWS("the reviews they coordinate"),
        /** The reviews whose delegation the user belongs to. */
        DELEGATION("reviews whose delegation they belong to"),
        /** The reviews whose delegation the user leads. */
        DELEGATION_LEAD("reviews whose delegation they lead"),
        /** The user's own assignments. */
        OWN_ASSIGNMENTS("their own assignments"),
        /** Reviews awaiting or past their sign-off. */
        SIGN_OFF_STAGE("reviews awaiting or past sign-off"),
        /** Any review whose findings they neither authored nor consolidated (four-eyes). */
        FOUR_EYES("reviews whose findings they did not write or consolidate"),
        /** Reviews they signed off. */
        SIGNED_BY_THEM("reviews they signed off"),
        /** Published reports of the partnerships they observe. */
        OWN_PARTNERSHIP("published reports of the partnerships they observe");

        private final String description;

        Reach(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String what;
    private final Map<Role, Reach> reach;

    Capability(String what, Map<Role, Reach> reach) {
        this.what = what;
        this.reach = new EnumMap<>(reach);
    }

    /** Completes "Only … may …", e.g. "start or cancel a review". */
    public String what() {
        return what;
    }

    /** How far {@code role} reaches with this capability, or {@code null} when it has none. */
    public Reach reachOf(Role role) {
        return reach.get(role);
    }

    /** The roles that hold this capability at all. */
    public Set<Role> roles() {
        return reach.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(reach.keySet());
    }

    /** Whether someone holding {@code roles} has this capability in some reach. */
    public boolean grantedToAny(Set<Role> roles) {
        return roles.stream().anyMatch(reach::containsKey);
    }

    /** What a user without any of its roles is told, e.g. "Only a coordinator may start or cancel a review." */
    public String refusal() {
        List<String> holders = roles().stream().map(role -> article(role.name().toLowerCase())).toList();
        String who = holders.size() == 1 ? holders.get(0)
                : String.join(", ", holders.subList(0, holders.size() - 1)) + " or " + holders.get(holders.size() - 1);
        return "Only " + who + " may " + what + ".";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
