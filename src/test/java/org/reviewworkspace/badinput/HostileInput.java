package org.reviewworkspace.badinput;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

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
}
