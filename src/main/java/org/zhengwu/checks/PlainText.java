package org.zhengwu.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.Encoding;

/**
 * The plain text of a body's HTML, the text that body findings' offsets count in, and where each of its characters
 * came from in the HTML.
 *
 * <p>The rules, so an editor can follow them on its own DOM: the text of every text node in document order,
 * character references decoded ({@code &amp;amp;} is one {@code &}, {@code &amp;nbsp;} one U+00A0), white space
 * kept as written; the content of {@code script}, {@code style} and comments left out; and one line break
 * ({@code \n}) at the start and at the end of every block element ({@code p}, {@code div}, {@code li},
 * {@code h1}–{@code h6}, {@code tr}, {@code td}, {@code table}, …) and at every {@code br}, unless the text is still
 * empty or already ends with a line break. The parser is lenient: a {@code <} that starts no tag is text.
 */
public final class PlainText {

    /** A link ({@code <a href>}) or an image ({@code <img src>}) of the body, with the range of its text. */
    public record Reference(Kind kind, String url, int start, int end) {

        public enum Kind {
            LINK,
            IMAGE
        }
    }

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
            "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style");

    private final String text;
    private final int[] source;
    private final int sourceLength;
    private final List<Reference> references;

    private PlainText(String text, int[] source, int sourceLength, List<Reference> references) {
        this.text = text;
        this.source = source;
        this.sourceLength = sourceLength;
        this.references = references;
    }

    /** The plain text of this HTML (see the class comment for the rules). */
    public static String of(String html) {
        return parse(html).text();
    }

    public static PlainText parse(String html) {
        return new Parser(html == null ? "" : html).run();
    }

    public String text() {
        return text;
    }

    /**
     * Where the character at {@code offset} of the text starts in the HTML; for {@code offset == text().length()}
     * the length of the HTML. A decoded character reference maps to its {@code &}, an inserted line break to the
     * {@code <} of its tag.
     */
    public int sourceOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException(offset);
        }
        return offset == text.length() ? sourceLength : source[offset];
    }

    /** The body's links and images in document order. */
    public List<Reference> references() {
        return references;
    }

    private static final class Parser {

        private final String html;
        private final int n;
        private final StringBuilder out;
        private int[] source;
        private final List<Reference> references = new ArrayList<>();
        private int linkStart = -1;
        private String linkUrl;
        private int i;

        Parser(String html) {
            this.html = html;
            this.n = html.length();
            this.out = new StringBuilder(n);
            this.source = new int[Math.max(16, n)];
        }

        PlainText run() {
            while (i < n) {
                char c = html.charAt(i);
                if (c == '<' && tag()) {
                    continue;
                }
                if (c == '&' && reference()) {
                    continue;
                }
                append(c, i);
                i++;
            }
            closeLink();
            return new PlainText(out.toString(), Arrays.copyOf(source, out.length()), n, List.copyOf(references));
        }

        private void append(char c, int from) {
            if (out.length() == source.length) {
                source = Arrays.copyOf(source, source.length * 2);
            }
            source[out.length()] = from;
            out.append(c);
        }

        private void lineBreak(int at) {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                append('\n', at);
            }
        }

        /** Reads a tag, comment or declaration at {@code i}; false when the {@code <} starts none (it is text then). */
        private boolean tag() {
            int start = i;
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                return true;
            }
            int p = i + 1;
            boolean closing = p < n && html.charAt(p) == '/';
            if (closing) {
                p++;
            }
            if (p >= n) {
                return false;
            }
            char first = html.charAt(p);
            if (!closing && (first == '!' || first == '?')) {
                int end = html.indexOf('>', p);
                i = end < 0 ? n : end + 1;
                return true;
            }
            if (!isAsciiLetter(first)) {
                return false;
            }
            int nameEnd = p;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(p, nameEnd).toLowerCase(Locale.ROOT);
            String href = null;
            String src = null;
            int q = nameEnd;
            while (true) {
                while (q < n && (Character.isWhitespace(html.charAt(q)) || html.charAt(q) == '/')) {
                    q++;
                }
                if (q >= n) {
                    return false; // no '>': not a tag after all
                }
                if (html.charAt(q) == '>') {
                    q++;
                    break;
                }
                int attrStart = q;
                while (q < n && !Character.isWhitespace(html.charAt(q)) && "=>/".indexOf(html.charAt(q)) < 0) {
                    q++;
                }
                String attr = html.substring(attrStart, q).toLowerCase(Locale.ROOT);
                while (q < n && Character.isWhitespace(html.charAt(q))) {
                    q++;
                }
                String value = null;
                if (q < n && html.charAt(q) == '=') {
                    q++;
                    while (q < n && Character.isWhitespace(html.charAt(q))) {
                        q++;
                    }
                    if (q < n && (html.charAt(q) == '"' || html.charAt(q) == '\'')) {
                        int close = html.indexOf(html.charAt(q), q + 1);
                        if (close < 0) {
                            return false;
                        }
                        value = html.substring(q + 1, close);
                        q = close + 1;
                    } else {
                        int valueStart = q;
                        while (q < n && !Character.isWhitespace(html.charAt(q)) && html.charAt(q) != '>') {
                            q++;
                        }
                        value = html.substring(valueStart, q);
                    }
                }
                if (value != null && "href".equals(attr)) {
                    href = Encoding.decodeHtml(value, true).trim();
                } else if (value != null && "src".equals(attr)) {
                    src = Encoding.decodeHtml(value, true).trim();
                }
            }
            i = q;
            if (!closing && SKIPPED.contains(name)) {
                int end = indexOfIgnoreCase("</" + name, i);
                int gt = end < 0 ? -1 : html.indexOf('>', end);
                i = gt < 0 ? n : gt + 1;
                return true;
            }
            if (BLOCKS.contains(name)) {
                lineBreak(start);
            }
            if ("a".equals(name)) {
                closeLink();
                if (!closing && href != null) {
                    linkStart = out.length();
                    linkUrl = href;
                }
            } else if ("img".equals(name) && !closing && src != null) {
                references.add(new Reference(Reference.Kind.IMAGE, src, out.length(), out.length()));
            }
            return true;
        }

        private void closeLink() {
            if (linkStart >= 0) {
                references.add(new Reference(Reference.Kind.LINK, linkUrl, linkStart, out.length()));
                linkStart = -1;
                linkUrl = null;
            }
        }

        /** Decodes a character reference at {@code i}; false when there is none (the {@code &} is text then). */
        private boolean reference() {
            int p = i + 1;
            if (p < n && html.charAt(p) == '#') {
                p++;
                boolean hex = p < n && (html.charAt(p) == 'x' || html.charAt(p) == 'X');
                if (hex) {
                    p++;
                }
                int digits = p;
                while (p < n && (hex ? Character.digit(html.charAt(p), 16) >= 0 : isAsciiDigit(html.charAt(p)))) {
                    p++;
                }
                if (p == digits) {
                    return false;
                }
            } else {
                int letters = p;
                while (p < n && (isAsciiLetter(html.charAt(p)) || isAsciiDigit(html.charAt(p)))) {
                    p++;
                }
                if (p == letters || p >= n || html.charAt(p) != ';') {
                    return false; // named references count only with their ';'
                }
            }
            if (p < n && html.charAt(p) == ';') {
                p++;
            }
            String raw = html.substring(i, p);
            String decoded = Encoding.decodeHtml(raw, false);
            if (decoded.equals(raw)) {
                return false;
            }
            for (int k = 0; k < decoded.length(); k++) {
                append(decoded.charAt(k), i);
            }
            i = p;
            return true;
        }

        private int indexOfIgnoreCase(String needle, int from) {
            for (int k = from; k + needle.length() <= n; k++) {
                if (html.regionMatches(true, k, needle, 0, needle.length())) {
                    return k;
                }
            }
            return -1;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isNameChar(char c) {
            return isAsciiLetter(c) || isAsciiDigit(c) || c == '-' || c == ':';
        }
    }
}
