package org.reviewworkspace.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reviewworkspace.assessment.CommentMarkdown;

/** Comments are markdown: a little formatting is kept, and any HTML a commenter types is shown as text. */
class CommentMarkdownTest {

    @Test
    void a_script_tag_is_shown_as_text() {
        String html = CommentMarkdown.toHtml("<script>alert('x')</script>");

        assertThat(html).isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
        assertThat(html).doesNotContain("<script");
    }

    @Test
    void an_image_with_an_event_handler_is_shown_as_text() {
        String html = CommentMarkdown.toHtml("<img src=x onerror=\"alert(1)\">");

        assertThat(html).isEqualTo("<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>");
    }

    @Test
    void formatting_markup_inside_html_does_not_reopen_a_tag() {
        String html = CommentMarkdown.toHtml("**<b onclick=\"x\">** and `<i>` and *<u>*");

        assertThat(html).doesNotContain("<b ").doesNotContain("<i>").doesNotContain("<u>")
                .contains("<strong>&lt;b onclick=&quot;x&quot;&gt;</strong>")
                .contains("<code>&lt;i&gt;</code>")
                .contains("<em>&lt;u&gt;</em>");
    }

    @Test
    void bold_italic_and_code_are_kept() {
        assertThat(CommentMarkdown.toHtml("The **governance** score is *too low*, see `criterion 2`."))
                .isEqualTo("<p>The <strong>governance</strong> score is <em>too low</em>, see "
                        + "<code>criterion 2</code>.</p>");
    }

    @Test
    void stars_inside_code_stay_stars() {
        assertThat(CommentMarkdown.toHtml("`a * b * c`")).isEqualTo("<p><code>a * b * c</code></p>");
    }

    @Test
    void lines_break_and_blank_lines_separate_paragraphs() {
        assertThat(CommentMarkdown.toHtml("First line\nsecond line\r\n\r\nNew paragraph"))
                .isEqualTo("<p>First line<br>second line</p><p>New paragraph</p>");
    }

    @Test
    void lines_starting_with_a_dash_form_a_bullet_list() {
        assertThat(CommentMarkdown.toHtml("Two points:\n- the **workshops**\n- the library\nThanks"))
                .isEqualTo("<p>Two points:</p><ul><li>the <strong>workshops</strong></li><li>the library</li></ul>"
                        + "<p>Thanks</p>");
    }

    @Test
    void ampersands_and_lone_stars_are_plain_text() {
        assertThat(CommentMarkdown.toHtml("R&D rated 4 * maybe")).isEqualTo("<p>R&amp;D rated 4 * maybe</p>");
    }

    @Test
    void nothing_renders_to_nothing() {
        assertThat(CommentMarkdown.toHtml("  \n ")).isEmpty();
        assertThat(CommentMarkdown.toHtml(null)).isEmpty();
    }
}
