package org.reviewworkspace.base;

/** What the user asked for does not exist (any more), e.g. a task someone already completed. */
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message);
    }
}
