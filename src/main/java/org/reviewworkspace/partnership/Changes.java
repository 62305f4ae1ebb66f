package org.reviewworkspace.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Says in words which facts an edit changed, from the "Label: value" lines the entities describe themselves with. */
final class Changes {

    /** Leaves room in the audit summary (1,000 characters) for who did it and to what. */
    private static final int MAX_LENGTH = 700;

    private Changes() {
    }

    /** E.g. {@code city “Islamabad” → “Rawalpindi”; name “…” → “…”}. */
    static String between(String before, String after) {
        Map<String, String> old = facts(before);
        List<String> changes = new ArrayList<>();
        facts(after).forEach((label, value) -> {
            String was = old.getOrDefault(label, "");
            if (!was.equals(value)) {
                changes.add(label.toLowerCase(Locale.ROOT) + " " + quoted(was) + " \u2192 " + quoted(value));
            }
        });
        String text = changes.isEmpty() ? "nothing changed" : String.join("; ", changes);
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "\u2026";
    }

    private static String quoted(String value) {
        return value.isEmpty() ? "(empty)" : "\u201c" + value + "\u201d";
    }

    private static Map<String, String> facts(String description) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : description.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                facts.put(line.substring(0, colon), line.substring(colon + 2));
            } else if (line.endsWith(":")) {
                facts.put(line.substring(0, line.length() - 1), "");
            }
        }
        return facts;
    }
}
