package org.zhengwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhengwu.platform.text.ChineseScript;
import org.zhengwu.platform.text.OpenccChineseScript;
import org.zhengwu.platform.text.ScriptVariant;
import org.zhengwu.search.SearchHit;
import org.zhengwu.search.SearchQuery;
import org.zhengwu.search.SearchResults;

/**
 * Measurement, not part of the suite: runs only with {@code -Dzhengwu.bench.search=true}. The CPU and the memory a
 * query costs, measured as thread CPU time ({@code ThreadMXBean.getCurrentThreadCpuTime}) and bytes allocated by the
 * thread, which other work on a busy machine disturbs much less than wall time. The queries are the 30 of
 * {@code bench/search.sh} and 400 more of 1 to 4 words drawn from the 100,000-article corpus
 * ({@code search/bench-queries.txt}, about half in traditional script), run as {@code SearchController} runs them
 * (the input made safe, folded to simplified script, the first page of ten).
 * <ul>
 *   <li>{@code zhengwu.bench.search.index}: the index, opened read-only (default {@code /tmp/zw-bench/zw-data/index});
 *   <li>{@code zhengwu.bench.search.rounds} (5), {@code .warmup} (5), {@code .threads} (1): measured rounds over all
 *       queries, after the warm-up rounds; the best round counts;
 *   <li>{@code zhengwu.bench.search.by-date=true}: newest first instead of by relevance;
 *   <li>{@code zhengwu.bench.search.per-query}: a file for each query's CPU time and allocation (ns, bytes) in the best round;
 *   <li>{@code zhengwu.bench.search.results}: a file for each query's total, ids and snippet, to compare two versions;
 *   <li>{@code zhengwu.bench.search.url} and {@code .pid}: also through HTTP, {@code /api/v1/search} of a running
 *       server with that process id, its whole CPU (JIT, GC and Tomcat included) read from {@code /proc} per query,
 *       with {@code .clients} (4) connections ({@code .http-only=true} leaves the index in this process alone);
 *   <li>{@code zhengwu.bench.search.queries}: a file of queries (first column of each line) instead of the 400 drawn;
 *   <li>{@code zhengwu.bench.search.make-queries=CORPUS.jsonl}: writes a new query file instead (to
 *       {@code zhengwu.bench.search.out}).
 * </ul>
 * Also runnable without Maven through {@link #main}, with the test classpath.
 */
@EnabledIfSystemProperty(named = "zhengwu.bench.search", matches = "true")
class SearchBench {

    /** The mix of {@code bench/search.sh}. */
    static final List<String> FIXED = List.of("经济", "發展", "老旧小区", "政务公开", "招商引资", "乡村振兴", "生態環境", "教育",
            "安全生产", "营商环境 优化", "數字政府", "民生 实事", "医疗保障", "交通 建设 项目", "防汛 抗旱", "就業 創業", "城乡 融合 发展",
            "财政 预算 执行", "高質量發展", "社区 治理", "产业 转型 升级", "污染 防治 攻坚", "基层 党建 工作 推进", "人民 群众 满意",
            "政府 工作 报告", "科技 創新", "文化 旅游", "農業 農村", "改革 開放", "城市 更新 行动 方案");

    private static final ChineseScript SCRIPT = new OpenccChineseScript(ScriptVariant.TW);

    @Test
    void cpuAndAllocationPerQuery() throws Exception {
        String report = run();
        System.out.print(report);
        assertThat(report).contains("per query");
    }

    public static void main(String[] args) throws Exception {
        System.out.print(run());
    }

    static String run() throws Exception {
        String corpus = System.getProperty("zhengwu.bench.search.make-queries");
        if (corpus != null) {
            Path out = Path.of(System.getProperty("zhengwu.bench.search.out", "bench-queries.txt"));
            Files.write(out, drawQueries(Path.of(corpus), 400, new Random(20261122)), StandardCharsets.UTF_8);
            return "wrote " + out + " per query\n";
        }
        List<String> queries = new ArrayList<>(FIXED);
        queries.addAll(drawn());
        StringBuilder report = new StringBuilder();
        if (Boolean.getBoolean("zhengwu.bench.search.http-only")) {
            return overHttp(queries);
        }
        Path path = Path.of(System.getProperty("zhengwu.bench.search.index", "/tmp/zw-bench/zw-data/index"));
        LuceneSearchIndex index = LuceneSearchIndex.readOnly(path);
        try {
            String results = System.getProperty("zhengwu.bench.search.results");
            if (results != null) {
                Files.write(Path.of(results), digests(index, queries), StandardCharsets.UTF_8);
            }
            report.append(inProcess(index, queries));
        } finally {
            index.destroy();
        }
        if (System.getProperty("zhengwu.bench.search.url") != null) {
            report.append(overHttp(queries));
        }
        return report.toString();
    }

    static List<String> drawn() throws IOException {
        String file = System.getProperty("zhengwu.bench.search.queries");
        if (file != null) {
            // e.g. the pieces bench/search.sh cut out of the corpus (fragments.tsv: the query is the first column)
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> l.split("\t")[0]).toList();
        }
        try (InputStream in = SearchBench.class.getResourceAsStream("/search/bench-queries.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /** What the controller asks the index for this text: the first page of ten, relevance first. */
    static SearchQuery query(String text) {
        SearchInput input = SearchInput.of(text);
        return new SearchQuery(input.words().stream().map(SCRIPT::toSimplified).toList(),
                input.phrases().stream().map(SCRIPT::toSimplified).toList(), null, null, null, null, null,
                Boolean.getBoolean("zhengwu.bench.search.by-date"), 0, 10);
    }

    private static String inProcess(LuceneSearchIndex index, List<String> queries) throws Exception {
        int warmup = Integer.getInteger("zhengwu.bench.search.warmup", 5);
        int rounds = Integer.getInteger("zhengwu.bench.search.rounds", 5);
        int threads = Integer.getInteger("zhengwu.bench.search.threads", 1);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        mx.setThreadAllocatedMemoryEnabled(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long[] cpu = new long[queries.size()];
            long[] bytes = new long[queries.size()];
            long bestCpu = Long.MAX_VALUE;
            long bestBytes = 0;
            long bestWall = 0;
            long sink = 0;
            List<Double> roundCpu = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                long[] roundCpuPerQuery = new long[queries.size()];
                long[] roundBytesPerQuery = new long[queries.size()];
                long wall0 = System.nanoTime();
                List<Future<Long>> parts = new ArrayList<>();
                AtomicInteger next = new AtomicInteger();
                for (int t = 0; t < threads; t++) {
                    parts.add(pool.submit(() -> {
                        long found = 0;
                        long id = Thread.currentThread().getId();
                        for (int i; (i = next.getAndIncrement()) < queries.size(); ) {
                            long c0 = mx.getCurrentThreadCpuTime();
                            long b0 = mx.getThreadAllocatedBytes(id);
                            found += index.search(query(queries.get(i))).total();
                            roundCpuPerQuery[i] = mx.getCurrentThreadCpuTime() - c0;
                            roundBytesPerQuery[i] = mx.getThreadAllocatedBytes(id) - b0;
                        }
                        return found;
                    }));
                }
                for (Future<Long> f : parts) {
                    sink += f.get();
                }
                long wall = System.nanoTime() - wall0;
                long total = Arrays.stream(roundCpuPerQuery).sum();
                if (round >= warmup) {
                    roundCpu.add(total / 1e6 / queries.size());
                    if (total < bestCpu) {
                        bestCpu = total;
                        bestBytes = Arrays.stream(roundBytesPerQuery).sum();
                        bestWall = wall;
                        System.arraycopy(roundCpuPerQuery, 0, cpu, 0, cpu.length);
                        System.arraycopy(roundBytesPerQuery, 0, bytes, 0, bytes.length);
                    }
                }
            }
            int n = queries.size();
            String perQuery = System.getProperty("zhengwu.bench.search.per-query");
            if (perQuery != null) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    lines.add(queries.get(i) + "\t" + cpu[i] + "\t" + bytes[i]);
                }
                Files.write(Path.of(perQuery), lines, StandardCharsets.UTF_8);
            }
            long fixedCpu = Arrays.stream(cpu, 0, FIXED.size()).sum();
            long fixedBytes = Arrays.stream(bytes, 0, FIXED.size()).sum();
            long[] sorted = cpu.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT,
                    "search, in process: %d queries (%d of bench/search.sh + %d drawn), %d thread(s), best of %d rounds after %d%n"
                            + "  CPU per query: %.3f ms (rounds: %s); bench/search.sh mix alone: %.3f ms%n"
                            + "  CPU per query p50 %.3f, p95 %.3f, max %.3f ms%n"
                            + "  allocated per query: %.1f KB; bench/search.sh mix alone: %.1f KB%n"
                            + "  wall: %.0f queries/s in that round (checksum %d)%n",
                    n, FIXED.size(), n - FIXED.size(), threads, rounds, warmup,
                    bestCpu / 1e6 / n, roundCpu.stream().map(d -> String.format(Locale.ROOT, "%.3f", d)).toList(),
                    fixedCpu / 1e6 / FIXED.size(),
                    sorted[n / 2] / 1e6, sorted[n * 95 / 100] / 1e6, sorted[n - 1] / 1e6,
                    bestBytes / 1024.0 / n, fixedBytes / 1024.0 / FIXED.size(), n / (bestWall / 1e9), sink);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each query's total, ids and snippets, one line each: two versions must write the same file. */
    private static List<String> digests(LuceneSearchIndex index, List<String> queries) {
        List<String> lines = new ArrayList<>();
        for (String q : queries) {
            SearchResults r = index.search(query(q));
            StringBuilder line = new StringBuilder(q).append('\t').append(r.total());
            for (SearchHit h : r.hits()) {
                line.append('\t').append(h.id()).append(' ').append(h.title()).append(' ').append(h.siteName())
                        .append(' ').append(h.column()).append(' ').append(h.url()).append(' ').append(h.date())
                        .append(' ').append(h.kind()).append(' ')
                        .append(h.snippet().replace(SearchHit.MARK_START, '[').replace(SearchHit.MARK_END, ']'));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The server's whole CPU per query through {@code /api/v1/search}, and the latency its clients saw. */
    private static String overHttp(List<String> queries) throws Exception {
        String url = System.getProperty("zhengwu.bench.search.url");
        long pid = Long.getLong("zhengwu.bench.search.pid");
        int clients = Integer.getInteger("zhengwu.bench.search.clients", 4);
        int warmup = Integer.getInteger("zhengwu.bench.search.warmup", 5);
        int rounds = Integer.getInteger("zhengwu.bench.search.rounds", 5);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<URI> uris = queries.stream()
                .map(q -> URI.create(url + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            double best = Double.MAX_VALUE;
            long[] bestLatencies = null;
            double bestRate = 0;
            List<String> perRound = new ArrayList<>();
            for (int round = 0; round < warmup + rounds; round++) {
                long[] latencies = new long[uris.size()];
                AtomicInteger next = new AtomicInteger();
                long cpu0 = processCpuNanos(pid);
                long wall0 = System.nanoTime();
                List<Future<?>> parts = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    parts.add(pool.submit(() -> {
                        for (int i; (i = next.getAndIncrement()) < uris.size(); ) {
                            long t0 = System.nanoTime();
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uris.get(i)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            latencies[i] = System.nanoTime() - t0;
                            if (r.statusCode() != 200) {
                                throw new IllegalStateException(r.statusCode() + " for " + uris.get(i));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : parts) {
                    f.get();
                }
                double wall = (System.nanoTime() - wall0) / 1e9;
                double perQuery = (processCpuNanos(pid) - cpu0) / 1e6 / uris.size();
                if (round >= warmup) {
                    perRound.add(String.format(Locale.ROOT, "%.3f", perQuery));
                    if (perQuery < best) {
                        best = perQuery;
                        bestLatencies = latencies;
                        bestRate = uris.size() / wall;
                    }
                }
            }
            Arrays.sort(bestLatencies);
            int n = bestLatencies.length;
            return String.format(Locale.ROOT,
                    "search, over HTTP (%s/api/v1/search, %d clients): server process CPU per query %.3f ms (rounds: %s)%n"
                            + "  in the best round %.0f queries/s, latency p50 %.2f ms, p95 %.2f ms%n",
                    url, clients, best, perRound, bestRate, bestLatencies[n / 2] / 1e6, bestLatencies[n * 95 / 100] / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }

    /** User and system time of a process, from {@code /proc/PID/stat} (in clock ticks of 10 ms). */
    private static long processCpuNanos(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /**
     * {@code count} distinct queries of 1 to 4 words (a quarter each of 1 and 3 words, a third of 2, the rest 4), the
     * words next to each other in a title or a paragraph of a random article, so each query finds at least that
     * article; half of them in traditional script.
     */
    static List<String> drawQueries(Path corpus, int count, Random random) throws IOException {
        long lines;
        try (var s = Files.lines(corpus)) {
            lines = s.count();
        }
        TreeSet<Long> picked = new TreeSet<>();
        while (picked.size() < count * 2) {
            picked.add(1 + (long) (random.nextDouble() * (lines - 1)));
        }
        HanlpAnalyzer analyzer = HanlpAnalyzer.forQueries();
        var json = new tools.jackson.databind.ObjectMapper();
        Set<String> out = new LinkedHashSet<>();
        try (BufferedReader in = Files.newBufferedReader(corpus)) {
            String line;
            for (long i = 0; (line = in.readLine()) != null && out.size() < count; i++) {
                if (!picked.contains(i)) {
                    continue;
                }
                var article = json.readTree(line);
                List<String> texts = new ArrayList<>();
                texts.add(article.get("title").asString());
                texts.addAll(Arrays.asList(TAG.matcher(article.get("body_html").asString()).replaceAll("\n").split("\n")));
                texts.removeIf(t -> t.isBlank());
                String text = SCRIPT.toSimplified(texts.get(random.nextBoolean() ? 0 : random.nextInt(texts.size())));
                List<String> words = new ArrayList<>();
                try (var ts = analyzer.tokenStream("text", text)) {
                    var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        String w = term.toString();
                        if (w.length() >= 2 && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                            words.add(w);
                        }
                    }
                    ts.end();
                }
                double r = random.nextDouble();
                int n = r < 0.25 ? 1 : r < 0.58 ? 2 : r < 0.83 ? 3 : 4;
                if (words.size() < n) {
                    continue;
                }
                int from = random.nextInt(words.size() - n + 1);
                String q = String.join(" ", words.subList(from, from + n));
                out.add(random.nextBoolean() ? SCRIPT.toTraditional(q) : q);
            }
        }
        return new ArrayList<>(out);
    }
}
