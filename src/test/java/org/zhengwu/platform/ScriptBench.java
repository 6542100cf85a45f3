package org.zhengwu.platform;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhengwu.platform.text.OpenccChineseScript;
import org.zhengwu.platform.text.ScriptVariant;

/**
 * Measurement, not part of the suite: runs only with {@code -Dzhengwu.bench.script=true} ({@code bench/script.sh}).
 * Converts the simplified seed texts ({@code zhengwu.bench.seeds}, files starting with {@code zhengwu.bench.script.files},
 * default 002, 003, 004) with HanLP's converter (what the mirror used before) and with each {@link ScriptVariant},
 * writing {@code SEED.hanlp}, {@code SEED.tw} … into {@code zhengwu.bench.out} for the agreement with OpenCC that the
 * script computes; and the speed of each, in characters per second of the thread's CPU time (other work on a busy
 * machine disturbs it less than wall time): the best of
 * {@code zhengwu.bench.rounds} (20) rounds over all three texts after three warm-up rounds, into {@code speed.txt}.
 */
@EnabledIfSystemProperty(named = "zhengwu.bench.script", matches = "true")
class ScriptBench {

    @Test
    void convertsTheSeedTextsAndMeasuresTheSpeed() throws IOException {
        Path seeds = Path.of(System.getProperty("zhengwu.bench.seeds", "../shared/corpus/seeds"));
        Path out = Files.createDirectories(Path.of(System.getProperty("zhengwu.bench.out", "target/script-bench")));
        int rounds = Integer.getInteger("zhengwu.bench.rounds", 20);
        List<String> prefixes = List.of(System.getProperty("zhengwu.bench.script.files", "002,003,004").split(","));
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            files.sorted().filter(f -> prefixes.stream().anyMatch(p -> f.getFileName().toString().startsWith(p)))
                    .forEach(f -> texts.put(f.getFileName().toString().substring(0, 3), read(f)));
        }

        Map<String, UnaryOperator<String>> converters = new LinkedHashMap<>();
        converters.put("hanlp", HanLP::s2t);
        for (ScriptVariant variant : ScriptVariant.values()) {
            OpenccChineseScript script = new OpenccChineseScript(variant);
            converters.put(variant.name().toLowerCase(Locale.ROOT), script::toTraditional);
        }
        converters.put("hanlp-t2s", HanLP::t2s);
        converters.put("opencc-t2s", new OpenccChineseScript(ScriptVariant.TW)::toSimplified);

        List<String> speed = new ArrayList<>();
        long chars = texts.values().stream().mapToLong(String::length).sum();
        for (Map.Entry<String, UnaryOperator<String>> c : converters.entrySet()) {
            boolean back = c.getKey().endsWith("t2s");
            Map<String, String> input = texts;
            if (back) {
                input = new LinkedHashMap<>();
                for (Map.Entry<String, String> t : texts.entrySet()) {
                    input.put(t.getKey(), converters.get("tw").apply(t.getValue()));
                }
            }
            double best = 0;
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (int round = 0; round < rounds + 3; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                for (Map.Entry<String, String> t : input.entrySet()) {
                    String converted = c.getValue().apply(t.getValue());
                    if (round == 0 && !back) {
                        write(out.resolve(t.getKey() + "." + c.getKey()), converted);
                    }
                }
                double perSecond = chars / ((cpu.getCurrentThreadCpuTime() - start) / 1e9);
                if (round >= 3) {
                    best = Math.max(best, perSecond);
                }
            }
            speed.add(String.format(Locale.ROOT, "%-11s %,12.0f chars/s", c.getKey(), best));
        }
        speed.add(String.format(Locale.ROOT, "(%,d characters, best of %d rounds after 3 warm-up rounds, thread CPU time)",
                chars, rounds));
        Files.write(out.resolve("speed.txt"), speed);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
