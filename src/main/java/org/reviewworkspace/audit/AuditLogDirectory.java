package org.reviewworkspace.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the audit log has to look up outside the trail: who is reading it and the reviews it
 * names. Every feature writes to the trail, so the audit feature depends on none of them; the
 * review feature, which knows reviews, their coordinators and the signed-in user, provides this.
 */
public interface AuditLogDirectory {

    /**
     * The signed-in user; refuses when nobody is signed in or when none of their roles may read
     * the audit trail.
     */
    AuditReader currentReader();

    /** The id of the review with this reference code, if there is one. */
    Optional<Long> reviewId(String referenceCode);

    /** The reference codes of the given reviews, by id. */
    Map<Long, String> referenceCodes(Collection<Long> reviewIds);
}
