package org.reviewworkspace.base;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service found input it cannot accept. {@link #fieldErrors()} maps a field name (as the
 * form names it) to a message, so a form can show each one beside its field.
 */
public class InvalidInputException extends DomainException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws them together. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector reject(String field, String message) {
            errors.putIfAbsent(field, message);
            return this;
        }

        public Collector rejectIf(boolean condition, String field, String message) {
            return condition ? reject(field, message) : this;
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
