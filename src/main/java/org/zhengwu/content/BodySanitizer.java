package org.zhengwu.content;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Cleans rich text from editors and imports: keeps what government articles use (paragraphs, headings, lists,
 * tables, links, images, emphasis) and drops scripts, event handlers, styles that could hide content, frames and
 * forms. Built on the OWASP Java HTML Sanitizer; markup that would make it swallow the text after it (an unclosed
 * {@code <style>}, comment or attribute quote, a {@code <style>} inside {@code <math>}) is removed first
 * ({@link BrokenMarkup}), so no ordinary text is ever dropped with it.
 */
@Component
public class BodySanitizer {

    private static final Pattern SAFE_URL = Pattern.compile("(?i)(https?://|mailto:|/(?!/)|#)[^\\s\"'<>]*");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}%?");
    /**
     * A {@code <div>} holding no block of its own: a paragraph as a browser's editor makes it when Enter is pressed
     * (Chrome and Safari write {@code <div>}, which has no paragraph spacing on the published page).
     */
    private static final Pattern LEAF_DIV = Pattern.compile(
            "<div((?: align=\"[a-z]+\")?)>((?:(?!</?(?:div|p|h[2-6]|ul|ol|li|dl|table|blockquote|pre|figure|hr)\\b)[\\s\\S])*?)</div>");
    /** Numeric character references the sanitizer writes for non-ASCII text (，becomes &#xff0c;). */
    private static final Pattern NON_ASCII_REF = Pattern.compile("&#(x[0-9a-fA-F]{2,6}|[0-9]{3,7});");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "div", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                    "ul", "ol", "li", "dl", "dt", "dd",
                    "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "span", "code",
                    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                    "figure", "figcaption", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(SAFE_URL).onElements("a")
            .allowAttributes("title").onElements("a", "img", "abbr")
            .requireRelNofollowOnLinks()
            .allowAttributes("src").matching(SAFE_URL).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(NUMBER).onElements("img", "td", "th", "col", "table")
            .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("align").matching(true, "left", "center", "right", "justify")
                    .onElements("p", "div", "td", "th", "h2", "h3", "h4", "h5", "h6")
            .toFactory();

    /** The body with everything unsafe removed and paragraphs written as {@code <p>}; null stays null. */
    public String sanitize(String html) {
        return html == null ? null : paragraphs(readableText(POLICY.sanitize(BrokenMarkup.repair(html))));
    }

    /** Each {@code <div>} that is only a paragraph becomes one ({@code <p>}); divs around blocks stay. */
    private static String paragraphs(String html) {
        return LEAF_DIV.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                "<p" + m.group(1) + ">" + m.group(2) + "</p>"));
    }

    /**
     * Writes non-ASCII characters back as themselves: they cannot break markup, and stored bodies stay searchable,
     * convertible to traditional script and a third smaller.
     */
    private static String readableText(String html) {
        return NON_ASCII_REF.matcher(html).replaceAll(m -> {
            String ref = m.group(1);
            int cp = ref.startsWith("x") ? Integer.parseInt(ref.substring(1), 16) : Integer.parseInt(ref);
            boolean literal = cp >= 0xA0 && Character.isValidCodePoint(cp) && !Character.isSurrogate((char) Math.min(cp, 0xFFFF))
                    && Character.getType(cp) != Character.PRIVATE_USE;
            return literal ? java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(cp))) : m.group();
        });
    }
}
