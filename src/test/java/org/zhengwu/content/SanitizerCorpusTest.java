package org.zhengwu.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile markup from XSS corpora in front of an article's paragraphs (issue 11 §5): whatever the payload,
 * every paragraph after it is published as it was written, nothing executable remains, and sanitizing the result again
 * changes nothing (no mutation on a second parse).
 */
class SanitizerCorpusTest {

    private static final BodySanitizer SANITIZER = new BodySanitizer();

    /** Six ordinary paragraphs, as an article has them after the payload. */
    private static final List<String> PARAGRAPHS = IntStream.rangeClosed(1, 6)
            .mapToObj(i -> "<p>第" + i + "段：为深入贯彻落实会议精神，现将有关事项通知如下。</p>").toList();

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "div", "br", "hr", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "b", "strong", "i", "em", "u", "s", "sub", "sup",
            "small", "span", "code", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
            "figure", "figcaption", "a", "img");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "src", "alt", "width", "height",
            "colspan", "rowspan", "scope", "align");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][^\\s/>]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=\"']+)=\"([^\"]*)\"");

    static List<String> payloads() {
        return List.of(
                // the reported case and its kin: raw-text elements inside foreign content, or never closed
                "<math><style>",
                "<math><style><img src=x onerror=alert(1)>",
                "<svg><style>",
                "<svg><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
                "<math><mtext><table><mglyph><style><!--</style><img title=\"--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
                "<style>",
                "<style>body{display:none}",
                "<STYLE type=\"text/css\">",
                "<script>",
                "<script>alert(1)",
                "<script><!--",
                "<script src=\"https://evil.example/x.js\">",
                "<title>",
                "<iframe>",
                "<iframe src=\"javascript:alert(1)\">",
                "<iframe srcdoc=\"<script>alert(1)</script>\">",
                "<textarea>",
                "<xmp>",
                "<listing>",
                "<plaintext>",
                "<plaintext></plaintext>",
                "<noscript>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<noembed>",
                "<noframes>",
                "<template>",
                "<template><script>alert(1)</script>",
                // comments and declarations that never end
                "<!--",
                "<!-- <img src=x onerror=alert(1)>",
                "<!--[if gte IE 4]><script>alert(1)</script><![endif]",
                "<!",
                "<![CDATA[",
                "<svg><![CDATA[",
                "<?xml version=\"1.0\"",
                "<!DOCTYPE html",
                // attributes and tags that never end, or are broken by another tag
                "<a href=\"",
                "<a href=\"javascript:alert(1)",
                "<p title='",
                "<img src=\"x",
                "<img src=x onerror=alert(1)",
                "<img src=x<script>alert(1)</script>",
                "<div <p>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<a href=\"javas&#99;ript:alert(1)\">点此</a>",
                "<object data=\"javascript:alert(1)\">",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>提交",
                "<select><option>",
                "<base href=\"https://evil.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
                "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">点击",
                "</style></script></title><img src=x onerror=alert(1)>",
                "<style>p{}</style><style>",
                // a payload whose raw text a later, ordinary style would close
                "<math><style>" + "<p>前置段落</p>",
                "<style>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void everyParagraphAfterThePayloadSurvivesAndNothingExecutableRemains(String payload) {
        String body = payload + String.join("", PARAGRAPHS) + "<style>p{margin:0}</style>";
        String clean = SANITIZER.sanitize(body);

        assertThat(clean).as("sanitized " + payload).contains(PARAGRAPHS);
        assertThat(clean).as("the article's own style stays out of its text").doesNotContain("margin");
        assertNothingExecutable(clean);
        assertThat(SANITIZER.sanitize(clean)).as("sanitizing again").isEqualTo(clean);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void theParagraphsSurviveAlsoWithoutAnythingAfterThem(String payload) {
        String clean = SANITIZER.sanitize(payload + String.join("", PARAGRAPHS));
        assertThat(clean).contains(PARAGRAPHS);
        assertNothingExecutable(clean);
    }

    private static void assertNothingExecutable(String html) {
        List<String> elements = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            elements.add(tag.group(2).toLowerCase());
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in " + html).contains(attribute.group(1).toLowerCase());
                assertThat(attribute.group(2).toLowerCase()).doesNotContain("javascript", "script:", "data:");
            }
        }
        assertThat(ALLOWED_ELEMENTS).as("elements of " + html).containsAll(elements);
        assertThat(html.toLowerCase()).doesNotContain("<script", "<style", "<iframe", "<svg", "<math", "<!--", "onerror=");
    }
}
