package org.reviewworkspace.assessment;

import org.reviewworkspace.base.DomainException;

/** The stored bytes of an attachment no longer match the SHA-256 taken at upload. */
public class EvidenceCorruptedException extends DomainException {

    public EvidenceCorruptedException(String message) {
        super(message);
    }
}
