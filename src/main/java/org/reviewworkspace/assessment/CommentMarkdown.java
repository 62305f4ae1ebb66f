package org.reviewworkspace.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little markdown comments may use, rendered to safe HTML: {@code **bold**},
 * {@code *italic*}, {@code `code`}, line breaks, blank lines between paragraphs and bullet lists
 * of lines starting with "- ". Everything the author typed is HTML-escaped before any
 * formatting is applied, so the only tags in the output are the ones added here; a
 * {@code <script>} in a comment is shown as text.
 */
public final class CommentMarkdown {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*");

    private CommentMarkdown() {
    }

    /** Safe HTML of {@code markdown}: paragraphs and lists, nothing else. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        List<String> list = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("- ")) {
                flushParagraph(paragraph, html);
                list.add(trimmed.substring(2).strip());
            } else if (trimmed.isEmpty()) {
                flushParagraph(paragraph, html);
                flushList(list, html);
            } else {
                flushList(list, html);
                paragraph.add(trimmed);
            }
        }
        flushParagraph(paragraph, html);
        flushList(list, html);
        return html.toString();
    }

    /** Escapes the five characters that can start or break out of HTML markup or an attribute. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void flushParagraph(List<String> lines, StringBuilder html) {
        if (lines.isEmpty()) {
            return;
        }
        html.append("<p>");
        for (int i = 0; i < lines.size(); i++) {
            html.append(i == 0 ? "" : "<br>").append(inline(lines.get(i)));
        }
        html.append("</p>");
        lines.clear();
    }

    private static void flushList(List<String> items, StringBuilder html) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<ul>");
        items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
        html.append("</ul>");
        items.clear();
    }

    /** Code spans first, so that stars inside them stay stars; then bold, then italic. */
    private static String inline(String text) {
        StringBuilder out = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int at = 0;
        while (code.find()) {
            out.append(emphasis(escape(text.substring(at, code.start()))));
            out.append("<code>").append(escape(code.group(1))).append("</code>");
            at = code.end();
        }
        out.append(emphasis(escape(text.substring(at))));
        return out.toString();
    }

    private static String emphasis(String escaped) {
        String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
    }
}
