package org.zhengwu.services.internal.web;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.cli.Command;
import org.zhengwu.services.ServiceGuide;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar zhengwu.jar import-services FILE.jsonl}: one item a line in the JSON of
 * {@code /api/v1/service-items/{code}} (a catalogue moved from another installation or a provincial platform), the
 * unit found by its code. Every line is read and checked first; the items are then created and put online in one
 * transaction ({@link ServiceItems#importOnline}), so a refused line (named with its number and the reason in
 * Chinese) leaves the catalogue unchanged. The pages and the index follow in one pass after commit.
 */
@Component
class GuideImportCommand implements Command {

    private final ServiceItems items;
    private final SiteDirectory sites;
    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private PrintStream out = System.out;

    GuideImportCommand(ServiceItems items, SiteDirectory sites, MessageSource messages) {
        this.items = items;
        this.sites = sites;
        this.messages = messages;
    }

    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "import-services";
    }

    @Override
    public String usage() {
        return "import-services FILE   导入办事事项（每行一个事项，格式同 /api/v1/service-items/{code}），并上线";
    }

    @Override
    public int run(List<String> args) throws Exception {
        if (args.size() != 1 || !Files.isReadable(Path.of(args.get(0)))) {
            out.println("import-services refused: 请指定一个可读的事项文件（JSON Lines）");
            return 2;
        }
        List<ServiceGuide> guides = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args.get(0)), StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    Parsed p = read(line);
                    if (p.guide() != null) {
                        guides.add(p.guide());
                    } else {
                        problems.add("line " + n + ": " + p.problem());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(out::println);
            out.println("import-services refused: " + problems.size() + " 行有误，未导入任何事项");
            return 1;
        }
        try {
            items.importOnline(guides);
        } catch (RuleViolation e) {
            out.println("import-services refused: " + messages.getMessage(e.key(), e.args(), e.key(), Locale.SIMPLIFIED_CHINESE)
                    + "；未导入任何事项");
            return 1;
        }
        out.println("import-services: " + guides.size() + " items online");
        return 0;
    }

    /** One line: its guide, or why it has none. */
    private record Parsed(ServiceGuide guide, String problem) {
    }

    private Parsed read(String line) {
        GuideJson j;
        try {
            j = json.readValue(line, GuideJson.class);
        } catch (RuntimeException e) {
            return new Parsed(null, "不是有效的事项 JSON");
        }
        Optional<Unit> unit = j.unit() == null ? Optional.empty()
                : sites.units().stream().filter(u -> u.code().equals(j.unit().code())).findFirst();
        if (unit.isEmpty()) {
            return new Parsed(null, "找不到单位 " + (j.unit() == null ? "（未填写）" : j.unit().code()));
        }
        try {
            return new Parsed(j.toGuide(unit.get().id()), null);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Parsed(null, "事项类型、服务对象、主题或材料形式不是规定的取值");
        }
    }
}
