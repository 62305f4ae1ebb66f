package org.reviewworkspace.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the audit log is narrowed to; every part is optional (null or blank means "any").
 *
 * @param actor the username of whoever acted, exactly
 * @param action an action such as {@code signoff.decided}, or a family of actions: {@code signoff.}
 *               or {@code signoff.*} stand for every action starting with {@code signoff.}
 * @param reviewCode the reference code of a review, e.g. {@code REV-2025-PK-01}
 * @param entityType the kind of record acted on, e.g. {@code Finding}, in any letter case
 * @param entityId the id of that record; only together with {@code entityType}
 * @param from the first day of the period, in the display zone
 * @param to the last day of the period (inclusive), in the display zone
 * @param text part of the summary, in any letter case
 */
public record AuditLogFilter(String actor, String action, String reviewCode, String entityType, String entityId,
                             LocalDate from, LocalDate to, String text) {

    /** No narrowing: every event the user may read. */
    public static AuditLogFilter none() {
        return new AuditLogFilter(null, null, null, null, null, null, null, null);
    }

    public AuditLogFilter {
        actor = trimmed(actor);
        action = trimmed(action);
        reviewCode = reviewCode == null || reviewCode.isBlank() ? null : reviewCode.trim().toUpperCase();
        entityType = trimmed(entityType);
        entityId = entityType == null ? null : trimmed(entityId);
        text = trimmed(text);
    }

    public AuditLogFilter withActor(String actor) {
        return new AuditLogFilter(actor, action, reviewCode, entityType, entityId, from, to, text);
    }

    public AuditLogFilter withAction(String action) {
        return new AuditLogFilter(actor, action, reviewCode, entityType, entityId, from, to, text);
    }

    public AuditLogFilter withReview(String reviewCode) {
        return new AuditLogFilter(actor, action, reviewCode, entityType, entityId, from, to, text);
    }

    public AuditLogFilter withEntity(String entityType, String entityId) {
        return new AuditLogFilter(actor, action, reviewCode, entityType, entityId, from, to, text);
    }

    public AuditLogFilter withPeriod(LocalDate from, LocalDate to) {
        return new AuditLogFilter(actor, action, reviewCode, entityType, entityId, from, to, text);
    }

    public AuditLogFilter withText(String text) {
        return new AuditLogFilter(actor, action, reviewCode, entityType, entityId, from, to, text);
    }

    /** Whether {@link #action} names a family of actions rather than one. */
    boolean actionIsPrefix() {
        return action != null && (action.endsWith(".") || action.endsWith("*"));
    }

    /** The start shared by the family of actions, e.g. {@code signoff.} for {@code signoff.*}. */
    String actionPrefix() {
        return action.endsWith("*") ? action.substring(0, action.length() - 1) : action;
    }

    /** The filter in words, for the record of an export, e.g. {@code action signoff.*, from 2025-08-24}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, "actor ", actor);
        add(parts, "action ", action);
        add(parts, "review ", reviewCode);
        add(parts, "entity ", entityType == null ? null : entityId == null ? entityType : entityType + " " + entityId);
        add(parts, "from ", from);
        add(parts, "to ", to);
        add(parts, "summary containing ", text == null ? null : "\u201c" + text + "\u201d");
        return parts.isEmpty() ? "no filter" : String.join(", ", parts);
    }

    private static void add(List<String> parts, String label, Object value) {
        if (value != null) {
            parts.add(label + value);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
