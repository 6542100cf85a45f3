package org.zhengwu.interaction.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The redaction on a test set of real government sentences and letters' typical wording
 * ({@code interaction/redaction-test-set.txt}): no ordinary word may be masked and every planted personal datum must
 * be. Prints precision and recall per kind (the figures in bench/RESULTS.md).
 */
class RedactionTestSetTest {

    /** What the report counts together. */
    enum Group {
        NAMES("姓名"), PHONES("电话"), ID_NUMBERS("身份证号"), ADDRESSES("地址"), OTHERS("邮箱、车牌、卡号");

        final String label;

        Group(String label) {
            this.label = label;
        }

        static Group of(Redaction.Kind kind) {
            return switch (kind) {
                case NAME -> NAMES;
                case MOBILE, LANDLINE -> PHONES;
                case ID_NUMBER -> ID_NUMBERS;
                case ADDRESS -> ADDRESSES;
                case EMAIL, PLATE, BANK_CARD -> OTHERS;
            };
        }

        static Group of(String mark) {
            return switch (mark) {
                case "名" -> NAMES;
                case "手机", "电话" -> PHONES;
                case "身份证" -> ID_NUMBERS;
                case "地址" -> ADDRESSES;
                case "邮箱", "车牌", "卡号" -> OTHERS;
                default -> throw new IllegalArgumentException("unknown mark " + mark);
            };
        }
    }

    /** A personal datum planted at {@code [start, end)} of the sentence. */
    record Planted(Group group, int start, int end) {
    }

    /** A sentence of the set, without its marks, and what it must have masked. */
    record Sentence(String writer, String text, List<Planted> planted) {

        private static final Pattern MARK = Pattern.compile("\\[\\[([^:\\]]+):([^\\]]+)]]");

        static Sentence parse(String line) {
            String writer = null;
            if (line.startsWith("@")) {
                writer = line.substring(1, line.indexOf(' '));
                line = line.substring(line.indexOf(' ') + 1);
            }
            StringBuilder text = new StringBuilder();
            List<Planted> planted = new ArrayList<>();
            Matcher m = MARK.matcher(line);
            int at = 0;
            while (m.find()) {
                text.append(line, at, m.start());
                planted.add(new Planted(Group.of(m.group(1)), text.length(), text.length() + m.group(2).length()));
                text.append(m.group(2));
                at = m.end();
            }
            text.append(line.substring(at));
            return new Sentence(writer, text.toString(), planted);
        }
    }

    /** Counts per group: planted and found; masks and masks on planted data. */
    static final class Figures {
        final Map<Group, int[]> counts = new EnumMap<>(Group.class);
        final List<String> defects = new ArrayList<>();

        int[] of(Group g) {
            return counts.computeIfAbsent(g, k -> new int[4]);
        }

        void check(Sentence s) {
            List<Redaction.Hit> hits = Redaction.find(s.text(), s.writer());
            for (Redaction.Hit h : hits) {
                int[] c = of(Group.of(h.kind()));
                c[2]++;
                boolean right = s.planted().stream().anyMatch(p -> p.group() == Group.of(h.kind())
                        && p.start() <= h.start() && h.end() <= p.end());
                if (right) {
                    c[3]++;
                } else {
                    defects.add("masked, not personal: " + h.kind() + " 「" + s.text().substring(h.start(), h.end())
                            + "」 in " + s.text());
                }
            }
            for (Planted p : s.planted()) {
                int[] c = of(p.group());
                c[0]++;
                boolean covered = true;
                for (int i = p.start(); i < p.end() && covered; i++) {
                    int at = i;
                    covered = hits.stream().anyMatch(h -> h.start() <= at && at < h.end());
                }
                if (covered) {
                    c[1]++;
                } else {
                    defects.add("missed: " + p.group() + " 「" + s.text().substring(p.start(), p.end()) + "」 in "
                            + s.text());
                }
            }
        }

        String table() {
            StringBuilder out = new StringBuilder("| kind | planted | masked | recall | masks | on planted data "
                    + "| precision |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (Group g : Group.values()) {
                int[] c = of(g);
                out.append("| ").append(g.label).append(" | ").append(c[0]).append(" | ").append(c[1]).append(" | ")
                        .append(percent(c[1], c[0])).append(" | ").append(c[2]).append(" | ").append(c[3])
                        .append(" | ").append(percent(c[3], c[2])).append(" |\n");
            }
            return out.toString();
        }

        private static String percent(int part, int whole) {
            return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * part / whole);
        }
    }

    static List<Sentence> testSet() throws IOException {
        try (InputStream in = RedactionTestSetTest.class.getResourceAsStream("/interaction/redaction-test-set.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(Sentence::parse)
                    .toList();
        }
    }

    @Test
    void noOrdinaryWordIsMaskedAndEveryPlantedPersonalDatumIs() throws IOException {
        List<Sentence> set = testSet();
        Figures figures = new Figures();
        set.forEach(figures::check);
        long clean = set.stream().filter(s -> s.planted().isEmpty()).count();
        System.out.println("Redaction test set: " + set.size() + " sentences, " + clean + " without personal data, "
                + (set.size() - clean) + " with\n" + figures.table());
        figures.defects.forEach(System.out::println);

        assertThat(set).hasSizeGreaterThanOrEqualTo(850);
        assertThat(clean).isGreaterThanOrEqualTo(700);
        assertThat(figures.defects).isEmpty();
    }

    @Test
    void aSentenceWithoutPersonalDataIsPublishedUnchangedAndAPlantedDatumNeverShows() throws IOException {
        for (Sentence s : testSet()) {
            String out = Redaction.redact(s.text(), s.writer()).text();
            if (s.planted().isEmpty()) {
                assertThat(out).isEqualTo(s.text());
            }
            for (Planted p : s.planted()) {
                // the datum is gone from where it was planted (国庆 of 宋国庆 may stay in 国庆节 elsewhere)
                String datum = s.text().substring(p.start(), p.end());
                long planted = s.planted().stream()
                        .filter(q -> s.text().substring(q.start(), q.end()).equals(datum)).count();
                assertThat(occurrences(out, datum)).as(s.text())
                        .isLessThanOrEqualTo(occurrences(s.text(), datum) - planted);
            }
        }
    }

    private static long occurrences(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
