package org.reviewworkspace.timeline;

import java.util.EnumSet;
import java.util.Set;

/** What a line of a review's story is about; readers filter the story by these. */
public enum StoryKind {
    STAGES("Stages"),
    PLANNING("Planning"),
    ASSESSMENTS("Assessments"),
    DRAFTS("Drafts saved"),
    DISCUSSION("Discussion"),
    FINDINGS("Findings"),
    SIGN_OFF("Sign-off and report"),
    FOLLOW_UPS("Follow-ups"),
    TASKS("Tasks"),
    DEADLINES("Reminders and deadlines"),
    REFUSALS("Refusals and integrity"),
    OTHER("Other");

    /** What the story shows until the reader chooses otherwise: everything but the autosaves. */
    public static final Set<StoryKind> DEFAULT = EnumSet.complementOf(EnumSet.of(DRAFTS));

    private final String label;

    StoryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of an audit event, from its action (e.g. {@code assessment.submitted}). */
    static StoryKind ofAction(String action) {
        if (action.endsWith(".draft-saved")) {
            return DRAFTS;
        }
        if (action.endsWith(".commented")) {
            return DISCUSSION;
        }
        if (action.startsWith("access.") || action.endsWith(".checksum-mismatch") || action.endsWith(".refused")) {
            return REFUSALS;
        }
        if (action.equals("review.status-changed")) {
            return STAGES;
        }
        String feature = action.substring(0, Math.max(0, action.indexOf('.')));
        return switch (feature) {
            case "review", "visit", "criteria" -> PLANNING;
            case "assessment", "evidence" -> action.equals("assessment.reminder-sent")
                    || action.equals("assessment.chased") ? DEADLINES : ASSESSMENTS;
            case "finding", "findings" -> FINDINGS;
            case "signoff", "report" -> SIGN_OFF;
            case "follow-up", "follow-ups" -> FOLLOW_UPS;
            case "task" -> TASKS;
            default -> OTHER;
        };
    }
}
