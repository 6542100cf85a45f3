package org.zhengwu.supervision.internal.crawl;

/**
 * Finds every {@code href} and {@code src} attribute of an HTML page in its bytes, without building a tree or even a
 * string of the page: one pass that jumps from {@code <} to {@code <}, reads a tag's name and attributes, passes over
 * comments and the content of {@code script} and {@code style}, and hands each attribute value over as a byte range
 * (still escaped). It also marks where {@code <main>} starts and ends, the page's own content, which is what the typo
 * check reads. Lenient like a browser: a {@code <} that starts no tag is text, an unterminated tag ends the page.
 */
final class AttributeScanner {

    /** Receives the attributes in document order. */
    interface Sink {
        /** An attribute value {@code [start, end)}; {@code image} for the {@code src} of an {@code img}. */
        void attribute(byte[] page, int start, int end, boolean image);
    }

    /** Where the page's {@code <main>} element lies (after its start tag, before its end tag), or -1, -1. */
    record Main(int start, int end) {
    }

    private AttributeScanner() {
    }

    static Main scan(byte[] b, Sink sink) {
        int n = b.length;
        int i = 0;
        int mainStart = -1;
        int mainEnd = -1;
        while (true) {
            i = indexOf(b, (byte) '<', i, n);
            if (i < 0 || i + 1 >= n) {
                break;
            }
            byte c = b[i + 1];
            if (c == '!') {
                if (i + 3 < n && b[i + 2] == '-' && b[i + 3] == '-') {
                    int end = indexOf(b, "-->", i + 4, n);
                    i = end < 0 ? n : end + 3;
                } else {
                    int end = indexOf(b, (byte) '>', i + 2, n);
                    i = end < 0 ? n : end + 1;
                }
                continue;
            }
            if (c == '/') {
                if (mainStart >= 0 && mainEnd < 0 && nameIs(b, i + 2, n, "main")) {
                    mainEnd = i;
                }
                int end = indexOf(b, (byte) '>', i + 2, n);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (!letter(c)) {
                i++;
                continue;
            }
            int nameStart = i + 1;
            int p = nameStart;
            while (p < n && nameChar(b[p])) {
                p++;
            }
            int nameEnd = p;
            boolean img = nameEnd - nameStart == 3 && nameIs(b, nameStart, n, "img");
            p = attributes(b, p, n, img, sink);
            if (p < 0) {
                break; // an unterminated tag: nothing after it is markup
            }
            i = p;
            if (nameEnd - nameStart == 4 && nameIs(b, nameStart, n, "main") && mainStart < 0) {
                mainStart = i;
            } else if (rawText(b, nameStart, nameEnd)) {
                int close = closingTag(b, i, n, (b[nameStart] | 0x20) == 's' && nameEnd - nameStart == 6 ? "script" : "style");
                i = close < 0 ? n : close;
            }
        }
        return new Main(mainStart, mainStart >= 0 && mainEnd < 0 ? n : mainEnd);
    }

    /** Reads the attributes from {@code p} up to and past the tag's {@code >}; -1 when the page ends first. */
    private static int attributes(byte[] b, int p, int n, boolean img, Sink sink) {
        while (true) {
            while (p < n && (space(b[p]) || b[p] == '/')) {
                p++;
            }
            if (p >= n) {
                return -1;
            }
            if (b[p] == '>') {
                return p + 1;
            }
            int attrStart = p;
            while (p < n && !space(b[p]) && b[p] != '=' && b[p] != '>' && b[p] != '/') {
                p++;
            }
            int attrLength = p - attrStart;
            while (p < n && space(b[p])) {
                p++;
            }
            if (p >= n || b[p] != '=') {
                continue;
            }
            p++;
            while (p < n && space(b[p])) {
                p++;
            }
            if (p >= n) {
                return -1;
            }
            int valueStart;
            int valueEnd;
            if (b[p] == '"' || b[p] == '\'') {
                int close = indexOf(b, b[p], p + 1, n);
                if (close < 0) {
                    return -1;
                }
                valueStart = p + 1;
                valueEnd = close;
                p = close + 1;
            } else {
                valueStart = p;
                while (p < n && !space(b[p]) && b[p] != '>') {
                    p++;
                }
                valueEnd = p;
            }
            if (attrLength == 4 && nameIs(b, attrStart, n, "href")) {
                sink.attribute(b, valueStart, valueEnd, false);
            } else if (attrLength == 3 && nameIs(b, attrStart, n, "src")) {
                sink.attribute(b, valueStart, valueEnd, img);
            }
        }
    }

    /** {@code script} and {@code style}: their content is not markup. */
    private static boolean rawText(byte[] b, int start, int end) {
        int length = end - start;
        return (length == 6 && (nameIs(b, start, end, "script"))) || (length == 5 && nameIs(b, start, end, "style"));
    }

    /** The {@code <} of the first {@code </name} from {@code from}, which closes a raw-text element. */
    private static int closingTag(byte[] b, int from, int n, String name) {
        int i = from;
        while (true) {
            i = indexOf(b, (byte) '<', i, n);
            if (i < 0 || i + 2 >= n) {
                return -1;
            }
            if (b[i + 1] == '/' && nameIs(b, i + 2, n, name)) {
                return i;
            }
            i++;
        }
    }

    /** Whether the bytes at {@code at} spell the lower-case ASCII {@code name}, in any case. */
    private static boolean nameIs(byte[] b, int at, int n, String name) {
        if (at + name.length() > n) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if ((b[at + k] | 0x20) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte x, int from, int n) {
        for (int k = from; k < n; k++) {
            if (b[k] == x) {
                return k;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, String s, int from, int n) {
        byte first = (byte) s.charAt(0);
        for (int k = indexOf(b, first, from, n); k >= 0 && k + s.length() <= n; k = indexOf(b, first, k + 1, n)) {
            if (nameIs(b, k, n, s)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean letter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean nameChar(byte c) {
        return letter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
