package org.reviewworkspace.review;

/** A delegation member's part: exactly one LEAD per delegation. */
public enum MemberRole {
    LEAD, MEMBER
}
