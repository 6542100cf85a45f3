package org.zhengwu.review.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwu.review.internal.ReviewViews.Kind;
import org.zhengwu.review.internal.ReviewViews.Segment;

/**
 * What changed between two texts, for a reviewer: Chinese is compared character by character, runs of Latin letters
 * and digits as whole words (a changed figure shows as one change, not digit by digit), line breaks on their own.
 * Rich-text bodies are compared as the text a reader sees, one paragraph a line, images as their descriptions.
 */
final class TextDiff {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+|\\n|[ \\t\\x0B\\f\\r]+|\\X");
    private static final Pattern IMG = Pattern.compile("(?i)<img\\b[^>]*?\\balt=\"([^\"]*)\"[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|blockquote|pre|dt|dd|figcaption|caption|table)>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_REF = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    private TextDiff() {
    }

    /** The changes that turn {@code before} into {@code after} (null is empty), neighbouring runs of a kind merged. */
    static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int at = d.getSource().getPosition();
            add(out, Kind.SAME, a.subList(pos, at));
            add(out, Kind.DELETED, d.getSource().getLines());
            add(out, Kind.INSERTED, d.getTarget().getLines());
            pos = at + d.getSource().size();
        }
        add(out, Kind.SAME, a.subList(pos, a.size()));
        return out;
    }

    static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    /** The text a reader sees of a sanitized body: one paragraph (or list item, row) a line. */
    static String text(String html) {
        if (html == null) {
            return "";
        }
        String s = IMG.matcher(html).replaceAll(m -> Matcher.quoteReplacement("〔图：" + m.group(1) + "〕"));
        s = BREAK.matcher(s).replaceAll("\n");
        s = CELL.matcher(s).replaceAll("\t");
        s = TAG.matcher(s).replaceAll("");
        s = NUMERIC_REF.matcher(s).replaceAll(m -> {
            String ref = m.group(1);
            int cp = ref.startsWith("x") ? Integer.parseInt(ref.substring(1), 16) : Integer.parseInt(ref);
            return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(new String(Character.toChars(cp))) : "";
        });
        s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty()) {
                out.append(t).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void add(List<Segment> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new Segment(kind, text));
    }
}
