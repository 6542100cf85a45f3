package org.zhengwu.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes the broken markup that would make the sanitizer's lexer swallow what follows it, before the sanitizer runs
 * (issue 11 §5). The lexer reads the content of {@code <style>}, {@code <script>}, {@code <title>}, {@code <iframe>},
 * {@code <xmp>} and the like as raw text up to their end tag, a comment up to {@code -->} and a quoted attribute up
 * to its closing quote: when that end never comes, or when {@code <math>} or {@code <svg>} around a {@code <style>}
 * make it an ordinary element for a browser, everything after it — every paragraph of the article — was dropped.
 *
 * <p>Here, only markup is removed, never text: an unclosed comment opener; a raw-text start tag that is never closed,
 * that stands inside {@code <math>}/{@code <svg>}, or whose "raw text" holds paragraphs (a later style's end tag
 * would end it) — its content is then read as markup and sanitized as such;
 * a tag whose quoted attribute value never closes or holds the start of another tag, up to that point; a tag that a
 * new tag starts inside of. A closed {@code <style>}, {@code <script>}, {@code <title>} or {@code <iframe>} goes
 * whole, as the policy would drop it (but inside a {@code <select>} the policy printed a style's rules as text).
 * Other well-formed markup passes unchanged. Whatever comes out still goes through the
 * sanitizer's policy, so nothing executable can come of it.
 */
final class BrokenMarkup {

    /** Elements the lexer reads as raw text (or escapable raw text) up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "title", "iframe", "textarea", "xmp",
            "listing", "plaintext", "noembed", "noframes", "noscript");
    private static final Map<String, Pattern> END_TAG = RAW_TEXT.stream().collect(Collectors.toMap(n -> n,
            n -> Pattern.compile("</" + n + "(?=[\\s/>]|$)", Pattern.CASE_INSENSITIVE)));
    /** Raw-text elements the policy removes with their content, whatever the context (a {@code <select>} too). */
    private static final Set<String> DROPPED_WHOLE = Set.of("script", "style", "title", "iframe");
    /** The start of an element that holds an article's text: never the content of a style, script or title. */
    private static final Pattern TEXT_ELEMENT = Pattern.compile(
            "<(p|div|h[1-6]|table|ul|ol|dl|li|blockquote|pre|figure|br|hr|img|a)(?=[\\s/>])", Pattern.CASE_INSENSITIVE);
    /** Elements whose content a browser parses as foreign (MathML, SVG), where a style is no raw text. */
    private static final Set<String> FOREIGN = Set.of("math", "svg");
    /** HTML start tags that end foreign content for a browser (HTML5 tree construction, "in foreign content"). */
    private static final Set<String> BREAKS_OUT_OF_FOREIGN = Set.of("b", "big", "blockquote", "body", "br", "center",
            "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img",
            "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
            "sub", "sup", "table", "tt", "u", "ul", "var");
    private static final Object TAG_START = new Object();
    private static final Pattern COMMENT_END = Pattern.compile("-->");
    private static final Pattern GT = Pattern.compile(">");

    private final String html;
    private final int n;
    private final StringBuilder out;
    private int foreignDepth;
    /**
     * The last answers of the forward searches, by what was searched for: a search from a position at or after the
     * one it was asked from, and not past its answer, has the same answer. The scan only moves forward, so each
     * search reads each character once and a body of thousands of broken tags is still read in linear time.
     */
    private final Map<Object, int[]> searched = new HashMap<>();

    private BrokenMarkup(String html) {
        this.html = html;
        this.n = html.length();
        this.out = new StringBuilder(n);
    }

    static String repair(String html) {
        return html == null || html.indexOf('<') < 0 ? html : new BrokenMarkup(html).run();
    }

    private String run() {
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            i = markupAt(lt);
        }
        return out.toString();
    }

    /** Copies or removes the markup starting at this {@code <}; the position after it. */
    private int markupAt(int lt) {
        if (html.startsWith("<!--", lt)) {
            int end = find(COMMENT_END, lt + 2);
            if (end < 0) {
                return lt + 4; // an unclosed comment opener goes, what follows stays
            }
            out.append(html, lt, end + 3);
            return end + 3;
        }
        char c = lt + 1 < n ? html.charAt(lt + 1) : ' ';
        if (c == '!' || c == '?') { // a declaration, CDATA or processing instruction: read up to '>'
            int gt = find(GT, lt + 2);
            int next = nextTagStart(lt + 2);
            if (gt < 0 || next >= 0 && next < gt) {
                return next < 0 ? n : next;
            }
            out.append(html, lt, gt + 1);
            return gt + 1;
        }
        boolean endTag = c == '/';
        int nameStart = endTag ? lt + 2 : lt + 1;
        if (nameStart >= n || !letter(html.charAt(nameStart))) {
            out.append('<'); // a '<' in text; the sanitizer escapes it
            return lt + 1;
        }
        int nameEnd = nameStart;
        while (nameEnd < n && nameChar(html.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int[] scan = tagEnd(nameEnd);
        if (scan[0] < 0) {
            return scan[1]; // a broken tag goes up to where it broke
        }
        int after = scan[1];
        if (endTag) {
            if (FOREIGN.contains(name) && foreignDepth > 0) {
                foreignDepth--;
            }
            out.append(html, lt, after);
            return after;
        }
        if (FOREIGN.contains(name) && !html.startsWith("/>", after - 2)) {
            foreignDepth++;
        } else if (BREAKS_OUT_OF_FOREIGN.contains(name)) {
            foreignDepth = 0;
        }
        if (RAW_TEXT.contains(name)) {
            int end = find(END_TAG.get(name), after);
            if (foreignDepth > 0 || name.equals("plaintext") || end < 0) {
                return after; // the start tag goes: its content is read as markup
            }
            int text = find(TEXT_ELEMENT, after);
            if (text >= 0 && text < end) {
                return after;
            }
            if (DROPPED_WHOLE.contains(name)) { // the policy drops it with its content anyway; so does every context here
                int gt = find(GT, end);
                return gt < 0 ? n : gt + 1;
            }
            out.append(html, lt, end); // the start tag and its raw content; the end tag follows
            return end;
        }
        out.append(html, lt, after);
        return after;
    }

    /**
     * Reads a tag's attributes from after its name: {ok, position after '>'}, or {-1, where to go on} when the tag is
     * broken: a quoted value that never closes or holds the start of another tag (go on after the opening quote), or
     * another tag starting inside this one (go on there), or no '>' at all.
     */
    private int[] tagEnd(int p) {
        while (true) {
            while (p < n && (Character.isWhitespace(html.charAt(p)) || html.charAt(p) == '/')) {
                p++;
            }
            if (p >= n) {
                return new int[] {-1, n};
            }
            if (html.charAt(p) == '>') {
                return new int[] {0, p + 1};
            }
            while (p < n && !Character.isWhitespace(html.charAt(p)) && "/>=".indexOf(html.charAt(p)) < 0) {
                if (tagStart(p)) {
                    return new int[] {-1, p};
                }
                p++;
            }
            while (p < n && Character.isWhitespace(html.charAt(p))) {
                p++;
            }
            if (p >= n || html.charAt(p) != '=') {
                continue;
            }
            p++;
            while (p < n && Character.isWhitespace(html.charAt(p))) {
                p++;
            }
            if (p < n && (html.charAt(p) == '"' || html.charAt(p) == '\'')) {
                int inner = nextTagStart(p + 1);
                int close = indexOf(html.charAt(p), p + 1, inner < 0 ? n : inner);
                if (close < 0) { // never closes, or only after another tag starts
                    return new int[] {-1, p + 1};
                }
                p = close + 1;
            } else {
                while (p < n && !Character.isWhitespace(html.charAt(p)) && html.charAt(p) != '>') {
                    if (tagStart(p)) {
                        return new int[] {-1, p};
                    }
                    p++;
                }
            }
        }
    }

    /** The first position of the character in [from, to), -1 for none. */
    private int indexOf(char c, int from, int to) {
        for (int p = from; p < to; p++) {
            if (html.charAt(p) == c) {
                return p;
            }
        }
        return -1;
    }

    /** Where the pattern next matches from this position on, -1 for nowhere. */
    private int find(Pattern pattern, int from) {
        int[] last = searched.get(pattern);
        if (last == null || from < last[0] || last[1] >= 0 && from > last[1]) {
            Matcher m = pattern.matcher(html);
            last = new int[] {from, m.find(from) ? m.start() : -1};
            searched.put(pattern, last);
        }
        return last[1];
    }

    private int nextTagStart(int from) {
        int[] last = searched.get(TAG_START);
        if (last == null || from < last[0] || last[1] >= 0 && from > last[1]) {
            int found = -1;
            for (int p = html.indexOf('<', from); p >= 0; p = html.indexOf('<', p + 1)) {
                if (tagStart(p)) {
                    found = p;
                    break;
                }
            }
            last = new int[] {from, found};
            searched.put(TAG_START, last);
        }
        return last[1];
    }

    /** A '<' that starts a tag, an end tag, a comment or a declaration, as the lexer reads it. */
    private boolean tagStart(int p) {
        if (html.charAt(p) != '<' || p + 1 >= n) {
            return false;
        }
        char c = html.charAt(p + 1);
        return letter(c) || c == '!' || c == '?' || c == '/' && p + 2 < n && letter(html.charAt(p + 2));
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean nameChar(char c) {
        return letter(c) || c >= '0' && c <= '9' || c == '-' || c == ':' || c == '_';
    }
}
