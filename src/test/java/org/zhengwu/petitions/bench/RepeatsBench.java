package org.zhengwu.petitions.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.petitions.PetitionParticulars;
import org.zhengwu.petitions.RepeatCandidate;
import org.zhengwu.petitions.RepeatPetitions;
import org.zhengwu.platform.text.ChineseScript;

/**
 * Repeat detection against 200,000 past petitions (bench/repeats.sh; excluded from the suite unless
 * -Dzhengwu.bench.repeats=true). The petitions are made of the corpus's clauses (../shared/corpus/seeds, folded to
 * simplified script), three to five each, with made-up names and ID numbers, remembered through the real bean. Then
 * 500 re-told repeats of random past petitions (clauses shuffled, phrasing words swapped, a clause dropped, every
 * other one in traditional script) and 500 new petitions of other clauses are looked up: p50/p95 of
 * {@code candidates(p, 10)} and recall (the original among the ten), against a plain SQL LIKE search over the same
 * texts in clear (any, and all, of the query's three longest words, newest ten), timed and scored the same way.
 */
@ZhengwuTest
@EnabledIfSystemProperty(named = "zhengwu.bench.repeats", matches = "true")
class RepeatsBench {

    private static final int PAST = Integer.getInteger("zhengwu.bench.past", 200_000);
    private static final int QUERIES = Integer.getInteger("zhengwu.bench.queries", 500);
    private static final long BASE = 5_000_000_000L;
    private static final String[][] SWAPS = {{"反映", "投诉"}, {"要求", "希望"}, {"解决", "处理"}, {"问题", "情况"},
            {"严重", "十分"}, {"多次", "屡次"}, {"没有", "未"}, {"至今", "到现在"}, {"我们", "我"}, {"进一步", "更加"},
            {"加强", "强化"}, {"工作", "事情"}};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰建国志华海燕红玉林辉鹏飞";

    @Autowired
    RepeatPetitions repeats;
    @Autowired
    ChineseScript script;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void candidatesAgainstLikeOver200000Petitions() throws Exception {
        List<String> clauses = clauses();
        Random random = new Random(20261207);
        String[] matters = new String[PAST];
        jdbc.sql("CREATE TABLE bench_petition_text (id BIGINT PRIMARY KEY, matter VARCHAR(4000) NOT NULL)").update();
        long t0 = System.nanoTime();
        for (int from = 0; from < PAST; from += 1000) {
            int start = from;
            tx.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(PAST, start + 1000); i++) {
                    matters[i] = matter(clauses, random);
                    repeats.remember(new PetitionParticulars(BASE + i, List.of(name(random)), List.of(idNumber(random)),
                            "", matters[i], random.nextInt(5) == 0));
                    jdbc.sql("INSERT INTO bench_petition_text (id, matter) VALUES (?, ?)").params(BASE + i, matters[i])
                            .update();
                }
            });
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;

        List<PetitionParticulars> reworded = new ArrayList<>();
        List<Long> originals = new ArrayList<>();
        List<PetitionParticulars> fresh = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            int i = random.nextInt(PAST);
            originals.add(BASE + i);
            String told = retell(matters[i], random);
            reworded.add(new PetitionParticulars(BASE + PAST + q, List.of(name(random)), List.of(), "",
                    q % 2 == 0 ? told : script.toTraditional(told), true));
            fresh.add(new PetitionParticulars(BASE + PAST + QUERIES + q, List.of(name(random)), List.of(), "",
                    matter(clauses, random), true));
        }
        // warm up both (the JIT, H2's caches), then measure
        for (int q = 0; q < 50; q++) {
            repeats.candidates(fresh.get(q), 10);
            like(fresh.get(q).matter(), " OR ");
            like(fresh.get(q).matter(), " AND ");
        }
        long[] ours = new long[QUERIES];
        long[] baseline = new long[QUERIES];
        long[] baselineAll = new long[QUERIES];
        int foundOurs = 0;
        int foundLike = 0;
        int foundLikeAll = 0;
        int similarOnFresh = 0;
        List<Double> repeatSimilarity = new ArrayList<>();
        List<Double> freshBest = new ArrayList<>();
        for (int q = 0; q < QUERIES; q++) {
            long a = System.nanoTime();
            List<RepeatCandidate> c = repeats.candidates(reworded.get(q), 10);
            ours[q] = System.nanoTime() - a;
            long want = originals.get(q);
            if (c.stream().anyMatch(x -> x.petitionId() == want)) {
                foundOurs++;
                repeatSimilarity.add(c.stream().filter(x -> x.petitionId() == want).findFirst().orElseThrow().similarity());
            }
            long b = System.nanoTime();
            List<Long> l = like(reworded.get(q).matter(), " OR ");
            baseline[q] = System.nanoTime() - b;
            if (l.contains(want)) {
                foundLike++;
            }
            long c2 = System.nanoTime();
            List<Long> all = like(reworded.get(q).matter(), " AND ");
            baselineAll[q] = System.nanoTime() - c2;
            if (all.contains(want)) {
                foundLikeAll++;
            }
            List<RepeatCandidate> f = repeats.candidates(fresh.get(q), 10).stream()
                    .filter(x -> x.reasons().contains(RepeatCandidate.Reason.SIMILAR_MATTER)).toList();
            similarOnFresh += f.size();
            freshBest.add(f.isEmpty() ? 0.0 : f.get(0).similarity());
        }
        String report = String.format(Locale.ROOT,
                "past petitions: %d (remembered in %.0f s, %.2f ms each, with the LIKE table's inserts)%n"
                        + "candidates(p, 10): p50 %.2f ms, p95 %.2f ms over %d re-told repeats (half in traditional script)%n"
                        + "SQL LIKE, any of the 3 longest words, newest 10: p50 %.2f ms, p95 %.2f ms (p95 ratio to candidates %.1f×)%n"
                        + "SQL LIKE, all of the 3 longest words, newest 10: p50 %.2f ms, p95 %.2f ms (p95 ratio to candidates %.1f×)%n"
                        + "recall (original among the 10): candidates %d of %d (%.1f%%), LIKE any %d (%.1f%%), LIKE all %d (%.1f%%)%n"
                        + "new petitions of other clauses: %.2f similar-matter candidates each on average (%d of %d queries)%n"
                        + "similarity of the found originals: p5 %.2f, p50 %.2f; best similar-matter candidate of a new "
                        + "petition: p50 %.2f, p95 %.2f (0 when none)%n",
                PAST, loadSeconds, loadSeconds * 1000 / PAST, ms(ours, 0.5), ms(ours, 0.95), QUERIES,
                ms(baseline, 0.5), ms(baseline, 0.95), ms(baseline, 0.95) / ms(ours, 0.95),
                ms(baselineAll, 0.5), ms(baselineAll, 0.95), ms(baselineAll, 0.95) / ms(ours, 0.95),
                foundOurs, QUERIES, 100.0 * foundOurs / QUERIES, foundLike, 100.0 * foundLike / QUERIES,
                foundLikeAll, 100.0 * foundLikeAll / QUERIES,
                (double) similarOnFresh / QUERIES, similarOnFresh, QUERIES, quantile(repeatSimilarity, 0.05),
                quantile(repeatSimilarity, 0.5), quantile(freshBest, 0.5), quantile(freshBest, 0.95));
        System.out.print(report);
        String out = System.getProperty("zhengwu.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
        }
        assertThat(foundOurs).isPositive();
    }

    private List<Long> like(String matter, String joiner) {
        List<String> words = new ArrayList<>();
        for (Term t : HanLP.segment(matter)) {
            if (t.word.codePoints().allMatch(Character::isLetterOrDigit)) {
                words.add(t.word);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        List<String> three = words.stream().distinct().limit(3).map(w -> "%" + w + "%").toList();
        String where = String.join(joiner, Collections.nCopies(three.size(), "matter LIKE ?"));
        return jdbc.sql("SELECT id FROM bench_petition_text WHERE " + where + " ORDER BY id DESC LIMIT 10")
                .params(three).query(Long.class).list();
    }

    private static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = values.stream().sorted().toList();
        return s.get(Math.min(s.size() - 1, Math.max(0, (int) Math.ceil(q * s.size()) - 1)));
    }

    private static double ms(long[] nanos, double q) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(q * s.length) - 1)] / 1e6;
    }

    /** The corpus's clauses (between commas and stops), folded to simplified, of 6 to 40 characters. */
    private List<String> clauses() throws Exception {
        Path seeds = Path.of(System.getProperty("zhengwu.bench.seeds", "../shared/corpus/seeds"));
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = script.toSimplified(Files.readString(f, StandardCharsets.UTF_8));
                for (String c : text.split("[，,。！？；;：:\\s]+")) {
                    String t = c.replaceAll("[\\p{Punct}“”‘’（）()《》、]", "");
                    if (t.length() >= 6 && t.length() <= 40) {
                        out.add(t);
                    }
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(1000);
        return out;
    }

    private static String matter(List<String> clauses, Random random) {
        int n = 3 + random.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(clauses.get(random.nextInt(clauses.size()))).append(i == n - 1 ? "。" : "，");
        }
        return b.toString();
    }

    /** Clauses shuffled, phrasing words swapped, one clause of four or more dropped. */
    private static String retell(String matter, Random random) {
        List<String> parts = new ArrayList<>(Arrays.asList(matter.replace("。", "").split("，")));
        Collections.shuffle(parts, random);
        if (parts.size() >= 4) {
            parts.remove(parts.size() - 1);
        }
        String told = String.join("，", parts) + "。";
        for (String[] s : SWAPS) {
            told = told.replace(s[0], s[1]);
        }
        return told;
    }

    private static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? "" : String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))));
    }

    private static String idNumber(Random random) {
        return String.format(Locale.ROOT, "4101%02d%04d%02d%02d%03d%s", random.nextInt(30), 1940 + random.nextInt(70),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000),
                random.nextInt(11) == 10 ? "X" : String.valueOf(random.nextInt(10)));
    }
}
