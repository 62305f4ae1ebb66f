package org.reviewworkspace.badinput;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.reviewworkspace.base.TextInput;

/** The table of hostile and malformed text: what every form must refuse, and what it must keep as typed. */
final class HostileInput {

    static final String HUGE = "x".repeat(1_000_000);

    private HostileInput() {
    }

    /** Text no field may store: nothing, blanks, a megabyte, invisible control characters, broken characters. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("whitespace only", " \t  "),
                Arguments.of("1 MB", HUGE),
                Arguments.of("NUL", "Visit\u0000minutes"),
                Arguments.of("bell and escape", "Visit\u0007\u001B[31m minutes"),
                Arguments.of("unpaired high surrogate", "Visit \uD83D minutes"),
                Arguments.of("unpaired low surrogate", "Visit \uDE80 minutes"));
    }

    /** Text that is unusual or hostile but legitimate: stored exactly as typed, shown harmlessly. */
    static Stream<Arguments> keptAsTyped() {
        return Stream.of(
                Arguments.of("right-to-left override", "Report \u202Efdp.exe"),
                Arguments.of("zero-width joiner emoji", "Team \uD83D\uDC69\u200D\uD83D\uDD2C and \uD83D\uDE80"),
                Arguments.of("combining marks", "Zalgo Z\u0351\u0360\u0337a\u0338l\u0334g\u0335o\u0301"),
                Arguments.of("right-to-left script", "\u0645\u0631\u0627\u062C\u0639\u0629 review"),
                Arguments.of("script tag", "<script>alert('x')</script>"),
                Arguments.of("image with handler", "<img src=x onerror=alert(1)>"),
                Arguments.of("SQL or", "' OR 1=1 --"),
                Arguments.of("SQL drop", "\"; DROP TABLE review; --"),
                Arguments.of("path traversal", "../../etc/passwd"));
    }

    /** The rows of {@link #refused()} an optional field refuses too: all but the empty ones. */
    static Stream<Arguments> unreadable() {
        return refused().filter(row -> !TextInput.blank((String) row.get()[1]));
    }

    /** Text that shows nothing though {@link String#isBlank()} finds characters in it: a required field takes it as empty. */
    static Stream<Arguments> blankLooking() {
        return Stream.of(
                Arguments.of("non-breaking spaces", "\u00A0\u00A0\u00A0"),
                Arguments.of("figure and narrow no-break spaces", "\u2007\u202F\u2007"),
                Arguments.of("ideographic space", "\u3000"),
                Arguments.of("zero-width spaces", "\u200B\u200B"),
                Arguments.of("all of them and ordinary blanks", " \u00A0\u200B\t\u3000\u202F "));
    }

    /**
     * The message a field shows for a row of {@link #refused()}: {@code whenEmpty} for the blank
     * rows, {@code whenTooLong} for the megabyte, {@code whenUnreadable} for the rest.
     */
    static String messageFor(String text, String whenEmpty, String whenTooLong, String whenUnreadable) {
        if (TextInput.blank(text)) {
            return whenEmpty;
        }
        return text.equals(HUGE) ? whenTooLong : whenUnreadable;
    }
}
