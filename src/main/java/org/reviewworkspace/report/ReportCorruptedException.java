package org.reviewworkspace.report;

import org.reviewworkspace.base.DomainException;

/** The stored PDF of a report no longer matches the SHA-256 taken when it was rendered. */
public class ReportCorruptedException extends DomainException {

    public ReportCorruptedException(String message) {
        super(message);
    }
}
