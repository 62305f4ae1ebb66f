package org.reviewworkspace.assessment;

import java.util.Optional;

/**
 * Turns the name a browser sent into one that is safe to store, list and send back in a
 * download header: no folders, no control or direction-changing characters, at most
 * {@value #MAX_LENGTH} characters with the extension kept.
 */
final class EvidenceNames {

    static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 10;

    private EvidenceNames() {
    }

    /** The cleaned name, or empty when nothing usable remains (e.g. {@code "../"}). */
    static Optional<String> sanitise(String name) {
        if (name == null) {
            return Optional.empty();
        }
        // control characters (NUL included) and invisible format characters such as U+202E go
        // first, so that "a\0/b" cannot hide a path separator behind a NUL
        String cleaned = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", "");
        int slash = Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\'));
        cleaned = cleaned.substring(slash + 1).strip();
        cleaned = cleaned.replaceAll("^[.\\s]+", "");
        if (cleaned.isBlank()) {
            return Optional.empty();
        }
        if (cleaned.length() > MAX_LENGTH) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= MAX_EXTENSION ? cleaned.substring(dot) : "";
            int cut = MAX_LENGTH - extension.length();
            if (Character.isHighSurrogate(cleaned.charAt(cut - 1))) {
                cut--;
            }
            cleaned = cleaned.substring(0, cut).strip() + extension;
        }
        return Optional.of(cleaned);
    }
}
