package org.reviewworkspace.base;

/** A refusal whose message is written for the user and may be shown as it is. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
