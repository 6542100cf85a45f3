package org.zhengwu.supervision.internal.inspection;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.cli.Command;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar zhengwu.jar inspect [--site CODE] [--format text|json]}: runs the inspection now and prints every
 * indicator of every site (or of one), for cron and monitoring; exits 0. Bad arguments: a message and exit code 2.
 */
@Component
class InspectCommand implements Command {

    private final Inspection inspection;
    private final SiteDirectory sites;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private PrintStream out = System.out;

    InspectCommand(Inspection inspection, SiteDirectory sites, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.inspection = inspection;
        this.sites = sites;
        this.messages = messages;
    }

    /** Where the lines go (tests capture them). */
    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String usage() {
        return "inspect [--site CODE] [--format text|json]  按国家指标自查所有站点（或一个站点）并输出结果";
    }

    @Override
    public int run(List<String> args) {
        String site = null;
        String format = "text";
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--site") || a.equals("--format")) && i + 1 < args.size()) {
                if (a.equals("--site")) {
                    site = args.get(++i);
                } else {
                    format = args.get(++i);
                }
            } else {
                return refuse("inspection.cli.argument", a);
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            return refuse("inspection.cli.format", format);
        }
        List<Site> which;
        if (site == null) {
            which = sites.sites();
        } else {
            Optional<Site> one = sites.siteByCode(site);
            if (one.isEmpty()) {
                return refuse("inspection.cli.site", site);
            }
            which = List.of(one.get());
        }
        List<IndicatorReading> readings = inspection.runAt(clock.instant(), which);
        if (format.equals("json")) {
            out.println(json.writeValueAsString(asJson(readings)));
        } else {
            readings.forEach(r -> out.println(String.join("\t", r.siteCode(), r.indicator().name(), r.state().name(),
                    r.valueText(), r.thresholdText(), r.tripsOn() == null ? "-" : r.tripsOn().toString(), r.summary())));
        }
        return 0;
    }

    private static List<Map<String, Object>> asJson(List<IndicatorReading> readings) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IndicatorReading r : readings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("site", r.siteCode());
            m.put("indicator", r.indicator().name());
            m.put("veto", r.indicator().veto());
            m.put("state", r.state().name());
            m.put("value", Double.isNaN(r.value()) ? null : r.value());
            m.put("threshold", Double.isNaN(r.threshold()) ? null : r.threshold());
            m.put("tripsOn", r.tripsOn() == null ? null : r.tripsOn().toString());
            m.put("summary", r.summary());
            m.put("offenders", r.offenders().stream().map(o -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("label", o.label());
                x.put("detail", o.detail());
                x.put("fixPath", o.fixPath());
                return x;
            }).toList());
            out.add(m);
        }
        return out;
    }

    private int refuse(String key, Object... args) {
        out.println(messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE));
        out.println("usage: " + usage());
        return 2;
    }
}
