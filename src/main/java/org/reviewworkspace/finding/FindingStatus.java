package org.reviewworkspace.finding;

/** A finding's way from an assessor's draft to the published report. */
public enum FindingStatus {
    /** Raised in an assessment, not yet consolidated. */
    DRAFT,
    /** Part of the findings set the approver signs off. */
    CONSOLIDATED,
    /** Taken out during consolidation; kept for provenance. */
    WITHDRAWN,
    /** A duplicate merged into another finding, which now names its assessors too. */
    MERGED,
    /** In the published report; frozen. */
    PUBLISHED
}
