package org.zhengwu.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A field's plain text cut where its findings start and end, so a page can show the text with each finding marked
 * in place (template {@code checks/marked.jte}) without JavaScript. Overlapping findings give a piece that belongs to
 * both; an empty finding (an image) gives an empty piece at its place.
 */
public final class MarkedText {

    /** A piece of the text and the findings that cover it, with their numbers in the report (from 1). */
    public record Piece(String text, List<Finding> findings, List<Integer> numbers) {

        public boolean marked() {
            return !findings.isEmpty();
        }

        public boolean point() {
            return text.isEmpty();
        }

        public boolean blocking() {
            return findings.stream().anyMatch(Finding::blocking);
        }

        /** The ids of the findings list's items (template {@code checks/findings.jte}) that explain this piece. */
        public String describedBy() {
            return String.join(" ", numbers.stream().map(n -> "check-finding-" + n).toList());
        }
    }

    private MarkedText() {
    }

    /** The pieces of {@code text}, marked with the findings of the report in this field. */
    public static List<Piece> of(String text, CheckReport report, Finding.Field field, String attachment) {
        List<Finding> own = report.in(field, attachment);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Finding f : own) {
            cuts.add(Math.min(f.start(), text.length()));
            cuts.add(Math.min(f.end(), text.length()));
        }
        List<Piece> pieces = new ArrayList<>();
        Integer at = cuts.first();
        while (at != null) {
            int from = at;
            List<Finding> points = own.stream().filter(f -> f.start() == f.end() && f.start() == from).toList();
            if (!points.isEmpty()) {
                pieces.add(piece("", points, report));
            }
            Integer next = cuts.higher(from);
            if (next != null) {
                int to = next;
                List<Finding> covering = own.stream().filter(f -> f.start() < f.end() && f.start() <= from && f.end() >= to).toList();
                pieces.add(piece(text.substring(from, to), covering, report));
            }
            at = next;
        }
        return pieces;
    }

    private static Piece piece(String text, List<Finding> findings, CheckReport report) {
        return new Piece(text, findings, findings.stream().map(report::numberOf).toList());
    }
}
