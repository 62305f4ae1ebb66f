package org.reviewworkspace.base;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Comments as people type them (CommonMark) turned into HTML that may be put into a page as it
 * is. Two guards, each enough on its own: the markdown renderer escapes any HTML the author typed
 * and turns links to anything but http, https and mailto into their plain words; the OWASP
 * sanitiser then keeps only the few formatting tags and attributes of {@link #POLICY}, whatever
 * the renderer produced.
 *
 * <p>{@code @username} of someone the caller allows becomes {@code <span class="mention">@Their
 * Name</span>}. Mentions are looked for in the text of the parsed document, so an {@code @lead}
 * inside code, a link or typed HTML stays as typed.
 */
public final class Markdown {

    private static final List<String> PROTOCOLS = List.of("http", "https", "mailto");
    private static final DefaultUrlSanitizer URLS = new DefaultUrlSanitizer(PROTOCOLS);

    // usernames are [a-z0-9._-]+; a trailing dot or dash is the sentence's, and user@host is an address
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.-])@([a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)",
            Pattern.CASE_INSENSITIVE);

    // no HtmlBlock: typed HTML then stays inside its paragraph, where it is escaped like any text
    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(Heading.class, ThematicBreak.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class, BlockQuote.class, ListBlock.class))
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(URLS)
            // people end a line in a comment box meaning a new line, as in the chat tools they know
            .softbreak("<br>")
            .nodeRendererFactory(MentionRenderer::new)
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h3", "h4", "h5", "h6", "a", "span")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
            .allowUrlProtocols(PROTOCOLS.toArray(String[]::new))
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("class").matching(Pattern.compile("mention")).onElements("span")
            .toFactory();

    private Markdown() {
    }

    /** Safe HTML of {@code markdown}, without mentions; empty for blank or {@code null} input. */
    public static String toHtml(String markdown) {
        return toHtml(markdown, Map.of());
    }

    /**
     * Safe HTML of {@code markdown}; {@code @username} of a key of {@code mentionable} (username →
     * display name) is shown as a mention of that name, any other {@code @word} as typed.
     */
    public static String toHtml(String markdown, Map<String, String> mentionable) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        document.accept(new Rewrite(mentionable));
        return POLICY.sanitize(RENDERER.render(document)).strip();
    }

    /** The usernames of {@code mentionable} that {@code markdown} mentions, in order of first mention. */
    public static Set<String> mentions(String markdown, Set<String> mentionable) {
        if (markdown == null || markdown.isBlank() || mentionable.isEmpty()) {
            return Set.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        mentionable.forEach(username -> names.put(username, username));
        Rewrite rewrite = new Rewrite(names);
        PARSER.parse(markdown).accept(rewrite);
        return rewrite.mentioned;
    }

    /**
     * Prepares a parsed comment for rendering: mentions out of text, headings no larger than the
     * page's own section headings, and images as plain links, so a comment cannot load anything
     * from elsewhere (a tracking pixel) when it is read.
     */
    private static final class Rewrite extends AbstractVisitor {

        private final Map<String, String> mentionable;
        private final Set<String> mentioned = new LinkedHashSet<>();

        Rewrite(Map<String, String> mentionable) {
            this.mentionable = mentionable;
        }

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            Matcher matcher = MENTION.matcher(literal);
            int at = 0;
            while (matcher.find()) {
                String username = matcher.group(1).toLowerCase(Locale.ROOT);
                String name = mentionable.get(username);
                if (name == null) {
                    continue;
                }
                mentioned.add(username);
                if (matcher.start() > at) {
                    text.insertBefore(new Text(literal.substring(at, matcher.start())));
                }
                text.insertBefore(new Mention(name));
                at = matcher.end();
            }
            if (at == 0) {
                return;
            }
            if (at < literal.length()) {
                text.insertBefore(new Text(literal.substring(at)));
            }
            text.unlink();
        }

        @Override
        public void visit(Link link) {
            // the renderer would leave a refused target empty, a link to the page itself: keep the words only
            if (URLS.sanitizeLinkUrl(link.getDestination()).isEmpty()) {
                for (Node child = link.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            }
            // the text of a link is the link: a mention inside it would be a second target
        }

        @Override
        public void visit(Image image) {
            Link link = new Link(image.getDestination(), image.getTitle());
            for (Node child = image.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            image.insertAfter(link);
            image.unlink();
            visit(link);
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.max(3, heading.getLevel()));
            visitChildren(heading);
        }
    }

    /** A resolved {@code @username}. */
    private static final class Mention extends CustomNode {

        private final String displayName;

        Mention(String displayName) {
            this.displayName = displayName;
        }
    }

    private static final class MentionRenderer implements NodeRenderer {

        private final HtmlWriter html;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            html.tag("span", Map.of("class", "mention"));
            html.text("@" + ((Mention) node).displayName);
            html.tag("/span");
        }
    }
}
