package org.reviewworkspace.base;

/** The current user may not do what was asked; the message says why in the user's terms. */
public class NotAllowedException extends DomainException {

    public NotAllowedException(String message) {
        super(message);
    }
}
