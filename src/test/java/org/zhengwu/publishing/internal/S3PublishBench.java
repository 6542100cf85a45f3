package org.zhengwu.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.util.unit.DataSize;
import org.zhengwu.TestS3;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.ObjectStorage;

/**
 * Measurement, not part of the suite: runs only with {@code -Dzhengwu.bench.s3=true} ({@code bench/s3.sh}). Publishes
 * {@code zhengwu.bench.s3.pages} pages (default 2,000; about 16 KB of HTML each, with their compressed copies) in
 * steps of ten — eight item pages, their list page and the site home, as a publish writes them — once to a local
 * public folder and once to a public folder on S3 (S3Proxy in this JVM, over loopback), alternating L S L S so that
 * both sides see the same machine. Prints pages per second of each run and the ratio of the S3 time to the local one.
 */
@EnabledIfSystemProperty(named = "zhengwu.bench.s3", matches = "true")
class S3PublishBench {

    private static final int STEP = 10;

    @Test
    void publishLocalAndOnS3() throws Exception {
        int pages = Integer.getInteger("zhengwu.bench.s3.pages", 2000);
        int rounds = Integer.getInteger("zhengwu.bench.rounds", 2);
        byte[][] bodies = new byte[pages][];
        for (int i = 0; i < pages; i++) {
            bodies[i] = ("<!doctype html><title>第" + i + "页</title>"
                    + ("<p>全面推进政务公开标准化规范化工作，第" + i + "条。</p>\n").repeat(200)).getBytes(StandardCharsets.UTF_8);
        }
        Path base = Files.createDirectories(Path.of("target", "bench-s3").toAbsolutePath());
        List<String> lines = new ArrayList<>();
        double local = 0;
        double s3 = 0;
        publish(base.resolve("warm-local"), null, bodies, Math.min(pages, 200)); // JIT warm-up, both paths
        publish(base.resolve("warm-s3"), "zw-bench-warm", bodies, Math.min(pages, 200));
        for (int r = 1; r <= rounds; r++) {
            long l = publish(base.resolve("local-" + r), null, bodies, pages);
            long s = publish(base.resolve("s3-" + r), "zw-bench-" + r + "-" + ProcessHandle.current().pid(), bodies, pages);
            local += l;
            s3 += s;
            lines.add(String.format(Locale.ROOT, "round %d: local %.2f s (%.0f pages/s), s3 %.2f s (%.0f pages/s)", r,
                    l / 1e9, pages / (l / 1e9), s / 1e9, pages / (s / 1e9)));
        }
        lines.add(String.format(Locale.ROOT, "%d pages in steps of %d: s3/local time ratio %.2f (local %.0f pages/s, s3 %.0f pages/s)",
                pages, STEP, s3 / local, pages * rounds / (local / 1e9), pages * rounds / (s3 / 1e9)));
        lines.forEach(System.out::println);
        String out = System.getProperty("zhengwu.bench.out");
        if (out != null) {
            Files.write(Path.of(out).resolve("s3.txt"), lines);
        }
    }

    /** Writes the pages in publish steps; the wall time in nanoseconds. */
    private static long publish(Path dir, String bucket, byte[][] bodies, int pages) {
        ObjectStorage storage = bucket == null ? null : new ObjectStorage("s3", TestS3.settings(bucket, bucket + "-files"));
        PublicFolder folder = new PublicFolder(new DataDirectory(new ZhengwuProperties(dir, "http://localhost", null)),
                new PublishingProperties(DataSize.ofMegabytes(16), Duration.ofSeconds(2), 0, true),
                Precompression.of(true), storage);
        try {
            long t0 = System.nanoTime();
            for (int first = 0; first < pages; first += STEP) {
                int from = first;
                folder.step(() -> {
                    for (int i = from; i < Math.min(pages, from + STEP - 2); i++) {
                        folder.write("/bench/news/" + i + ".html", bodies[i]);
                    }
                    folder.write("/bench/news/index.html", bodies[from]);
                    folder.write("/bench/index.html", bodies[Math.min(pages - 1, from + 1)]);
                    return null;
                });
            }
            return System.nanoTime() - t0;
        } finally {
            folder.destroy();
            if (storage != null) {
                storage.destroy();
            }
        }
    }
}
