package org.reviewworkspace.base;

/** Someone else saved the same record since the user loaded it; their input is still in the form. */
public class StaleDataException extends DomainException {

    public StaleDataException(String message) {
        super(message);
    }
}
