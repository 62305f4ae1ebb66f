package org.reviewworkspace.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-by-word difference between two texts, as a reader compares two versions of a
 * finding: the longest common run of words stays, what only the older text has is removed,
 * what only the newer one has is added.
 */
public final class TextDiff {

    /** What a piece of the diff is. */
    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words (with the spaces between them) of one kind. */
    public record Piece(Kind kind, String text) {
    }

    private static final Pattern WORD = Pattern.compile("\\s*\\S+|\\s+");

    private TextDiff() {
    }

    /** The pieces that turn {@code older} into {@code newer}, adjacent pieces of one kind joined. */
    public static List<Piece> between(String older, String newer) {
        List<String> a = words(older);
        List<String> b = words(newer);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = same(a.get(i), b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                append(pieces, Kind.SAME, b.get(j));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                append(pieces, Kind.ADDED, b.get(j++));
            } else {
                append(pieces, Kind.REMOVED, a.get(i++));
            }
        }
        return pieces;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Words are compared without the spaces before them, so re-spacing is not a change. */
    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static void append(List<Piece> pieces, Kind kind, String word) {
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
            Piece last = pieces.remove(pieces.size() - 1);
            pieces.add(new Piece(kind, last.text() + word));
        } else {
            pieces.add(new Piece(kind, word));
        }
    }
}
