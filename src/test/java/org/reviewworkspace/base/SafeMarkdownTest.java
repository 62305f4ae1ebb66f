package org.reviewworkspace.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Comments are markdown: everyday formatting is kept, and whatever a commenter types to run code
 * in a reader's browser comes out inert: shown as text, or dropped.
 */
class SafeMarkdownTest {

    private static final Map<String, String> MEMBERS = Map.of("lead", "Delegation lead",
            "assessor1", "Task-force member 1");

    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "strong", "em", "code", "pre", "blockquote",
            "ul", "ol", "li", "h3", "h4", "h5", "h6", "a", "span");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "class", "start");
    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?:|mailto:|[^:/?#]*([/?#]|$)).*");
    private static final Pattern EVENT_HANDLER_IN_TAG = Pattern.compile("(?i)<[^>]*\\son\\w+\\s*=");
    private static final Pattern SCRIPT_URL_IN_TAG = Pattern.compile("(?i)<[^>]*(javascript|vbscript|data)\\s*:");

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](java&#115;cript:alert(1))",
                "[x](&#x6A;avascript:alert(1))",
                "[x](javascript&colon;alert(1))",
                "[x](<javascript:alert(1)>)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](vbscript:msgbox(1))",
                "[x]: javascript:alert(1)\n\nSee [x] and [the note][x].",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"https://cern.ch\" onclick=\"alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<javascript:alert(1)>",
                "<JAVASCRIPT:alert(1)>",
                "[x](https://cern.ch\" onmouseover=\"alert(1))",
                "[x](https://cern.ch \"title\\\" onmouseover=\\\"alert(1)\")",
                "\"onmouseover=\"alert(1)\" x=\"",
                "![x](javascript:alert(1))",
                "![x](https://cern.ch/a.png\" onerror=\"alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<img src=x onerror=alert(1)//",
                "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<details open ontoggle=alert(1)>",
                "<body onload=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "<video><source onerror=alert(1)></video>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"javascript:/\">",
                "<link rel=stylesheet href=javascript:alert(1)>",
                "<![CDATA[<script>alert(1)</script>]]>",
                "<!-- --><script>alert(1)</script><!-- -->",
                "<div>\n<script>alert(1)</script>\n</div>",
                "**<b onclick=\"alert(1)\">** and `<i>` and *<u onmouseover=alert(1)>*",
                "- <img src=x onerror=alert(1)>\n- [x](javascript:alert(1))",
                "> <script>alert(1)</script>",
                "# <svg onload=alert(1)>",
                "@lead<script>alert(1)</script> @assessor1\" onclick=\"alert(1)");
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("payloads")
    void a_payload_renders_inert(String payload) {
        assertInert(Markdown.toHtml(payload, MEMBERS));
        assertInert(Markdown.toHtml(payload));
    }

    @Test
    void a_script_tag_is_shown_as_text() {
        String html = Markdown.toHtml("<script>alert('x')</script>");

        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
        assertThat(text(html)).isEqualTo("<script>alert('x')</script>");
    }

    @Test
    void an_image_with_an_event_handler_is_shown_as_text() {
        String html = Markdown.toHtml("<img src=x onerror=\"alert(1)\">");

        assertThat(text(html)).isEqualTo("<img src=x onerror=\"alert(1)\">");
        assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
    }

    @Test
    void a_link_to_script_keeps_its_words_but_links_nowhere() {
        String html = Markdown.toHtml("Read [the minutes](javascript:alert(1)) first");

        assertThat(html).isEqualTo("<p>Read the minutes first</p>");
    }

    @Test
    void a_hundred_kilobytes_of_script_tags_come_out_inert() {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(1)>\n".repeat(2000);
        assertThat(payload.length()).isGreaterThan(100_000);

        assertInert(Markdown.toHtml(payload, MEMBERS));
    }

    @Test
    void a_display_name_cannot_carry_markup_into_a_mention() {
        String html = Markdown.toHtml("Thanks @lead", Map.of("lead", "<img src=x onerror=alert(1)>"));

        assertInert(html);
        assertThat(Jsoup.parseBodyFragment(html).select("span.mention").text())
                .isEqualTo("@<img src=x onerror=alert(1)>");
    }

    @Test
    void bold_italic_code_lists_and_https_links_are_kept() {
        String html = Markdown.toHtml("The **governance** score is *too low*, see `criterion 2` and "
                + "[the 2022 report](https://cern.ch/report-2022).\n\n- first\n- second\n\n1. one\n2. two\n\n"
                + "> quoted\n\n```\nscore * weight\n```");

        assertInert(html);
        assertThat(html).contains("<strong>governance</strong>", "<em>too low</em>", "<code>criterion 2</code>",
                "<ul><li>first</li><li>second</li></ul>", "<ol><li>one</li><li>two</li></ol>", "<blockquote>",
                "<pre><code>score * weight\n</code></pre>");
        Element link = Jsoup.parseBodyFragment(html).selectFirst("a");
        assertThat(link.attr("href")).isEqualTo("https://cern.ch/report-2022");
        assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("nofollow", "noopener", "noreferrer");
        assertThat(link.text()).isEqualTo("the 2022 report");
    }

    @Test
    void an_image_becomes_a_link_so_reading_a_comment_loads_nothing_from_elsewhere() {
        String html = Markdown.toHtml("![site photo](https://evil.example/pixel.png)");

        assertThat(Jsoup.parseBodyFragment(html).select("img")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(html).selectFirst("a").attr("href"))
                .isEqualTo("https://evil.example/pixel.png");
    }

    @Test
    void headings_are_no_larger_than_the_page_sections_around_them() {
        assertThat(Markdown.toHtml("# Summary\n## Details\n#### Notes"))
                .isEqualTo("<h3>Summary</h3>\n<h3>Details</h3>\n<h4>Notes</h4>");
    }

    @Test
    void stars_inside_code_stay_stars() {
        assertThat(Markdown.toHtml("`a * b * c`")).isEqualTo("<p><code>a * b * c</code></p>");
    }

    @Test
    void lines_break_and_blank_lines_separate_paragraphs() {
        assertThat(Markdown.toHtml("First line\nsecond line\r\n\r\nNew paragraph"))
                .isEqualTo("<p>First line<br />second line</p>\n<p>New paragraph</p>");
    }

    @Test
    void lines_starting_with_a_dash_form_a_bullet_list() {
        assertThat(Markdown.toHtml("Two points:\n- the **workshops**\n- the library\n\nThanks"))
                .isEqualTo("<p>Two points:</p>\n<ul><li>the <strong>workshops</strong></li><li>the library</li></ul>\n"
                        + "<p>Thanks</p>");
    }

    @Test
    void ampersands_and_lone_stars_are_plain_text() {
        assertThat(Markdown.toHtml("R&D rated 4 * maybe")).isEqualTo("<p>R&amp;D rated 4 * maybe</p>");
    }

    @Test
    void nothing_renders_to_nothing() {
        assertThat(Markdown.toHtml("  \n ")).isEmpty();
        assertThat(Markdown.toHtml(null)).isEmpty();
    }

    @Test
    void a_mention_of_a_member_shows_their_name_and_other_at_words_stay_as_typed() {
        String html = Markdown.toHtml("@lead and @Assessor1, please check; @nobody, admin@lead.org and (@lead).",
                MEMBERS);

        assertThat(Jsoup.parseBodyFragment(html).select("span.mention").eachText())
                .containsExactly("@Delegation lead", "@Task-force member 1", "@Delegation lead");
        assertThat(text(html)).isEqualTo("@Delegation lead and @Task-force member 1, please check; @nobody, "
                + "admin@lead.org and (@Delegation lead).");
    }

    @Test
    void a_mention_inside_code_or_a_link_stays_as_typed() {
        String html = Markdown.toHtml("`@lead`\n\n```\n@lead\n```\n\n[ask @lead](https://cern.ch)", MEMBERS);

        assertThat(Jsoup.parseBodyFragment(html).select("span.mention")).isEmpty();
        assertThat(Markdown.mentions("`@lead`\n\n    @assessor1\n\n[ask @lead](https://cern.ch)", MEMBERS.keySet()))
                .isEmpty();
    }

    @Test
    void the_mentioned_members_are_listed_once_in_order_of_first_mention() {
        assertThat(Markdown.mentions("@assessor1, then **@lead** and @assessor1 again; not @observer",
                MEMBERS.keySet())).containsExactly("assessor1", "lead");
    }

    private static void assertInert(String html) {
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(EVENT_HANDLER_IN_TAG.matcher(html).find()).as("an event handler in %s", html).isFalse();
        assertThat(SCRIPT_URL_IN_TAG.matcher(html).find()).as("a script URL in %s", html).isFalse();
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("tag of %s", html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute of %s", html).contains(attribute.getKey());
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as("link in %s", html).matches(SAFE_URL);
                }
                if (attribute.getKey().equals("class")) {
                    assertThat(attribute.getValue()).isEqualTo("mention");
                }
            }
        }
    }

    /** What a reader sees: the text of the HTML, entities decoded. */
    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
