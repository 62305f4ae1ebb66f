package org.reviewworkspace.base;

/**
 * What typed text may contain. Anything a keyboard, an input method or a paste from a document
 * produces is kept as typed — any script, right-to-left text, emoji, combining marks, zero-width
 * joiners, markup (shown as text) and quotes — but not control characters such as NUL, which no
 * reader can see, which some databases and every PDF font refuse, and which can hide text from a
 * reviewer; nor a lone half of a surrogate pair, which is no character at all and which UTF-8
 * cannot store. Tab and line breaks are allowed where a field has lines.
 *
 * <p>Text a reader sees as empty is empty: {@link String#isBlank()} knows only the spaces of
 * {@link Character#isWhitespace}, so a title of non-breaking spaces (pasted from a document) or
 * of zero-width spaces would pass it and show as nothing; {@link #blank} does not let it.
 */
public final class TextInput {

    /** The message beside a field whose text has such characters. */
    public static final String UNREADABLE = "Remove the invisible control characters (such as NUL) or broken "
            + "characters from this text";

    private TextInput() {
    }

    /** Whether {@code text} holds a control character other than tab and line breaks, or a lone surrogate. */
    public static boolean unreadable(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} shows nothing: {@code null}, empty, or only spaces of any kind (including
     * non-breaking and ideographic spaces), line breaks and invisible formatting characters such as
     * the zero-width space. Required fields check this rather than {@link String#isBlank()}.
     */
    public static boolean blank(String text) {
        return text == null || text.codePoints().allMatch(TextInput::invisible);
    }

    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** Whether {@code text} is longer than {@code max} characters once stripped of surrounding blanks. */
    public static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
