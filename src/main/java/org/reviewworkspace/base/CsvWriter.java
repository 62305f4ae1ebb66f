package org.reviewworkspace.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields separated by commas, records ending in CRLF, a field that holds a
 * quote, comma or line break enclosed in quotes with its quotes doubled. A text field that a
 * spreadsheet would read as a formula (starting with {@code = + - @}, tab or carriage return)
 * gets a leading apostrophe, since summaries and even usernames (a failed sign-in's) are typed
 * by whoever acted, not by whoever opens the export.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record; {@code null} fields are written empty, numbers as they are. */
    public void record(List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object field = fields.get(i);
            if (field instanceof Number number) {
                out.write(number.toString());
            } else if (field != null) {
                out.write(quoted(neutralised(field.toString())));
            }
        }
        out.write("\r\n");
    }

    static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    static String quoted(String text) {
        boolean needsQuotes = text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
