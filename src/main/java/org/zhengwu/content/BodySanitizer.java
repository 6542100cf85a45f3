package org.zhengwu.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text from editors and imports: keeps what government articles use (paragraphs, headings, lists,
 * tables, links, images, emphasis) and drops scripts, event handlers, styles that could hide content, frames and
 * forms. Built on the OWASP Java HTML Sanitizer.
 */
@Component
public class BodySanitizer {

    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:|/(?!/)|#)[^\\s\"'<>]*");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").matching(SAFE_URL).onElements("a")
                    .allowAttributes("title").onElements("a")
                    .requireRelNofollowOnLinks()
                    .allowElements("img").allowAttributes("src").matching(SAFE_URL).onElements("img")
                    .allowAttributes("alt", "title", "width", "height").onElements("img")
                    .allowElements("figure", "figcaption", "hr", "br", "span", "sub", "sup", "caption", "colgroup", "col")
                    .allowAttributes("colspan", "rowspan").onElements("td", "th")
                    .allowAttributes("align").matching(true, "left", "center", "right").onElements("p", "td", "th", "div")
                    .toFactory());

    /** The body with everything unsafe removed; null stays null. */
    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}
