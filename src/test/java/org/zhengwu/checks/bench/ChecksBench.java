package org.zhengwu.checks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.zhengwu.checks.CheckReport;
import org.zhengwu.checks.CheckSubject;
import org.zhengwu.checks.ContentChecks;
import org.zhengwu.checks.PlainText;
import org.zhengwu.checks.internal.PersonalData;
import org.zhengwu.checks.internal.ScriptFolding;
import org.zhengwu.checks.internal.WordIndex;
import org.zhengwu.checks.internal.WordKind;
import org.zhengwu.checks.internal.WordLists;
import org.zhengwu.checks.internal.WordMatcher;

/**
 * Measurement, not part of the suite: runs only with {@code -Dzhengwu.bench.checks=true} ({@code bench/checks.sh}).
 * A 20,000-character item of real government text (the shared seed corpus) is checked against a 50,000-word list
 * (imported through the word lists service into the test's in-memory H2): the whole {@link ContentChecks#check}
 * (words, typos, personal data, links without external requests) and the word matching alone, against the two
 * obvious alternatives on the same folded text and the same words in the same run: one {@code java.util.regex}
 * alternation of all words, and {@code String.indexOf} per word.
 */
@SpringBootTest(properties = {"logging.level.root=WARN", "logging.level.org.zhengwu=WARN"})
@EnabledIfSystemProperty(named = "zhengwu.bench.checks", matches = "true")
class ChecksBench {

    static final int ITEM_CHARS = 20_000;
    static final int WORDS = 50_000;
    static final int RUNS = Integer.getInteger("zhengwu.bench.runs", 300);
    static final int ALTERNATIVE_RUNS = Integer.getInteger("zhengwu.bench.alternative-runs", 7);

    @Autowired
    ContentChecks checks;
    @Autowired
    WordLists lists;
    @Autowired
    WordIndex index;
    @Autowired
    ScriptFolding folding;

    @Test
    void twentyThousandCharactersAgainstFiftyThousandWords() throws IOException {
        Path dir = seedDirectory();
        String corpus = seeds(dir);
        Random random = new Random(20261122);

        // the item: 20,000 characters of speeches in simplified script (seed 003), with a few things planted in it
        String speeches;
        try (Stream<Path> files = Files.list(dir)) {
            speeches = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("003")).findFirst()
                    .orElseThrow());
        }
        int from = speeches.indexOf('\n', 1000) + 1;
        StringBuilder text = new StringBuilder(speeches.substring(from, from + ITEM_CHARS - 200));
        text.insert(3000, "严禁代开发票。").insert(9000, "联系电话13812345678。").insert(15000, "身份证号11010519491231002X。");
        String html = Arrays.stream(text.toString().split("\n")).filter(l -> !l.isBlank())
                .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>").collect(Collectors.joining("\n"));
        String plain = PlainText.of(html);

        // the list: words of 3-6 characters drawn from the corpus's own characters (so the automaton walks deep; random
        // pairs of common characters would be real words and hit everywhere), plus 100 real phrases of the item, so it
        // finds what a real list finds in a long speech: a few hundred hits
        String folded = folding.fold(corpus);
        char[] pool = folded.chars().filter(c -> c >= 0x4E00 && c <= 0x9FFF).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString().toCharArray();
        Set<String> words = new LinkedHashSet<>();
        String foldedItem = folding.fold(plain);
        while (words.size() < 100) {
            int at = random.nextInt(foldedItem.length() - 6);
            String phrase = foldedItem.substring(at, at + 2 + random.nextInt(3));
            if (phrase.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                words.add(phrase);
            }
        }
        words.add("代开发票");
        Set<String> stored = new java.util.HashSet<>();
        lists.page(WordKind.TYPO, null, 1); // warm the service
        while (words.size() < WORDS + 200) {
            char[] w = new char[3 + random.nextInt(4)];
            for (int k = 0; k < w.length; k++) {
                w[k] = pool[random.nextInt(pool.length)];
            }
            words.add(new String(w));
        }
        List<String> wordList = new ArrayList<>(words);
        long t0 = System.nanoTime();
        WordLists.ImportResult imported = lists.importFile(WordKind.SENSITIVE,
                String.join("\n", wordList.subList(0, WORDS + 200)).getBytes(StandardCharsets.UTF_8));
        double importMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        WordMatcher matcher = index.matcher();
        double buildMs = (System.nanoTime() - t0) / 1e6;
        assertThat(matcher.size()).isGreaterThanOrEqualTo(WORDS);
        // the alternatives get the same words, folded as the automaton has them
        for (String w : wordList) {
            stored.add(folding.fold(w));
        }
        List<String> alternatives = new ArrayList<>(stored);

        CheckSubject subject = CheckSubject.of(null, "关于全市信息化建设工作的讲话", html);
        CheckReport report = checks.check(subject);
        int hits = matcher.find(folding.fold(plain)).size();

        Timing full = time(RUNS, () -> checks.check(subject).findings().size());
        Timing parse = time(RUNS, () -> PlainText.parse(html).text().length());
        Timing fold = time(RUNS, () -> folding.fold(plain).length());
        Timing personal = time(RUNS, () -> PersonalData.find(plain).size());
        Timing automaton = time(RUNS, () -> matcher.find(foldedItem).size());
        Pattern alternation = Pattern.compile(alternatives.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")));
        Timing regex = time(ALTERNATIVE_RUNS, () -> {
            Matcher m = alternation.matcher(foldedItem);
            int n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        });
        Timing indexOf = time(ALTERNATIVE_RUNS, () -> {
            int n = 0;
            for (String w : alternatives) {
                for (int at = foldedItem.indexOf(w); at >= 0; at = foldedItem.indexOf(w, at + 1)) {
                    n++;
                }
            }
            return n;
        });

        StringBuilder out = new StringBuilder();
        out.append(String.format("checks bench: item %,d characters (%d findings), list %,d words (%,d matched in the item)%n",
                plain.length(), report.findings().size(), matcher.size(), hits));
        out.append(String.format("import of the list %.0f ms, automaton build %.0f ms%n", importMs, buildMs));
        out.append(String.format("%-44s %6s %10s %10s %8s%n", "what", "runs", "median ms", "p99 ms", "result"));
        row(out, "ContentChecks.check (whole item, all checks)", full);
        row(out, "  of which HTML to plain text", parse);
        row(out, "  of which folding to simplified", fold);
        row(out, "  of which personal data (three patterns)", personal);
        row(out, "word matching: Aho-Corasick (HanLP)", automaton);
        row(out, "word matching: regex alternation", regex);
        row(out, "word matching: indexOf per word", indexOf);
        out.append(String.format("regex / Aho-Corasick = %.0fx, indexOf / Aho-Corasick = %.0fx (medians)%n",
                regex.median() / automaton.median(), indexOf.median() / automaton.median()));
        out.append(String.format("target: ContentChecks.check under 50 ms -> %s%n", full.median() < 50 ? "met" : "NOT met"));
        System.out.print(out);
        Path result = Path.of(System.getProperty("zhengwu.bench.out", "target/bench-checks.txt"));
        Files.createDirectories(result.toAbsolutePath().getParent());
        Files.writeString(result, out.toString());
    }

    private static void row(StringBuilder out, String what, Timing t) {
        out.append(String.format("%-44s %6d %10.2f %10.2f %8d%n", what, t.runs(), t.median(), t.p99(), t.result()));
    }

    record Timing(int runs, double median, double p99, int result) {
    }

    /** Runs a warm-up of a fifth (at least 2), then {@code runs} timed runs. */
    private static Timing time(int runs, IntSupplier work) {
        int result = 0;
        for (int k = 0; k < Math.max(2, runs / 5); k++) {
            result = work.getAsInt();
        }
        double[] ms = new double[runs];
        for (int k = 0; k < runs; k++) {
            long t0 = System.nanoTime();
            result = work.getAsInt();
            ms[k] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(runs, ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)], result);
    }

    private static Path seedDirectory() {
        return Stream.of(System.getProperty("zhengwu.bench.seeds", ""), "../shared/corpus/seeds", "/work/shared/corpus/seeds")
                .filter(s -> !s.isEmpty()).map(Path::of).filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new IllegalStateException("seed corpus not found; pass -Dzhengwu.bench.seeds=DIR"));
    }

    /** All seed texts: the list's characters come from all of them. */
    private static String seeds(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }
}
