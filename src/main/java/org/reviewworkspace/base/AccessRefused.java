package org.reviewworkspace.base;

/** Published when a user was refused something; the audit trail records it (DESIGN.md §6.2). */
public record AccessRefused(String username, String reason) {
}
