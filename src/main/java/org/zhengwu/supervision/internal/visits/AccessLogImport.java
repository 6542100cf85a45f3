package org.zhengwu.supervision.internal.visits;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.cli.Command;

/**
 * {@code java -jar zhengwu.jar import-visits ACCESS.LOG}: the visits of pages nginx served from the published tree,
 * from its access log in the default {@code combined} format, added to the same counts per site and day (ADR 0014).
 * A page is a {@code GET} answered 200 or 304 whose path ends in {@code /} or {@code .html}. Unique visitors are
 * counted per day of the log with a salt drawn for this run and thrown away after it, so a day's log must be imported
 * whole and once (a daily rotated log, imported after rotation). Addresses and user agents are never written.
 */
@Component
class AccessLogImport implements Command {

    private static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) \\S+ \\S+ \\[([^\\]]+)] \"(\\S+) (\\S+)[^\"]*\" (\\d{3}) \\S+(?: \"[^\"]*\" \"([^\"]*)\")?.*$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final VisitCounter counter;
    private final VisitStore store;
    private final ZoneId zone;
    private final int maxVisitors;
    private PrintStream out = System.out;

    AccessLogImport(VisitCounter counter, VisitStore store, Clock clock,
                    @Value("${zhengwu.supervision.visits.max-visitors-per-day:500000}") int maxVisitors) {
        this.counter = counter;
        this.store = store;
        this.zone = clock.getZone();
        this.maxVisitors = maxVisitors;
    }

    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "import-visits";
    }

    @Override
    public String usage() {
        return "import-visits ACCESS.LOG   导入 nginx 访问日志（combined 格式）中的页面访问量（每天的日志完整导入一次）";
    }

    @Override
    public int run(List<String> args) throws IOException {
        if (args.size() != 1) {
            out.println("用法：" + usage());
            return 2;
        }
        Path file = Path.of(args.get(0));
        if (!Files.isReadable(file)) {
            out.println("无法读取访问日志：" + file);
            return 1;
        }
        Map<LocalDate, VisitTally> days = new TreeMap<>();
        long pages = 0;
        long skipped = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Hit hit = parse(line);
                if (hit == null) {
                    skipped++;
                    continue;
                }
                LocalDate day = hit.at().atZoneSameInstant(zone).toLocalDate();
                days.computeIfAbsent(day, d -> new VisitTally(Clock.fixed(d.atTime(12, 0).atZone(zone).toInstant(), zone),
                        maxVisitors)).count(counter.siteOf(hit.path()), hit.address(), hit.agent());
                pages++;
            }
        }
        List<VisitTally.Count> counts = new ArrayList<>();
        days.values().forEach(t -> counts.addAll(t.drain()));
        store.add(counts);
        out.println("已导入 " + pages + " 次页面访问（" + days.size() + " 天），跳过其他 " + skipped + " 行。");
        return 0;
    }

    /** One page view of the log, or null for a line that is not one (assets, errors, other methods, other formats). */
    static Hit parse(String line) {
        Matcher m = COMBINED.matcher(line);
        if (!m.matches() || !m.group(3).equals("GET") || !(m.group(5).equals("200") || m.group(5).equals("304"))) {
            return null;
        }
        String path = m.group(4);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        if (path.startsWith("/zh-hant/")) {
            path = path.substring("/zh-hant".length());
        }
        if (!path.startsWith("/") || !(path.endsWith("/") || path.endsWith(".html"))) {
            return null;
        }
        try {
            return new Hit(OffsetDateTime.parse(m.group(2), TIME), path, m.group(1), m.group(6));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    record Hit(OffsetDateTime at, String path, String address, String agent) {
    }
}
