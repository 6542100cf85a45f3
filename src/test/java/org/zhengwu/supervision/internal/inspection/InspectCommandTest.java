package org.zhengwu.supervision.internal.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.InspectionFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code inspect [--site CODE] [--format text|json]}: every indicator of every site; bad arguments exit 2. */
@ZhengwuTest
class InspectCommandTest {

    @Autowired
    InspectCommand command;
    @Autowired
    SiteDirectory sites;
    @Autowired
    InspectionFixtures fixtures;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        command.output(new PrintStream(out, true, StandardCharsets.UTF_8));
        return command.run(List.of(args));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theJsonListsEveryIndicatorForEverySite() {
        fixtures.site();
        assertThat(run("--format", "json")).isZero();
        JsonNode all = JsonMapper.builder().build().readTree(printed());
        Set<String> seen = new HashSet<>();
        all.forEach(r -> seen.add(r.get("site").asString() + "/" + r.get("indicator").asString()));
        for (Site s : sites.sites()) {
            for (Indicator i : Indicator.values()) {
                assertThat(seen).as("every site and indicator").contains(s.code() + "/" + i.name());
            }
        }
        assertThat(all.size()).isEqualTo(sites.sites().size() * Indicator.values().length);
        JsonNode first = all.get(0);
        assertThat(first.has("state")).isTrue();
        assertThat(first.has("veto")).isTrue();
        assertThat(first.get("offenders").isArray()).isTrue();
    }

    @Test
    void oneSiteInTextHasALinePerIndicator() {
        Site site = fixtures.site();
        assertThat(run("--site", site.code())).isZero();
        List<String> lines = printed().lines().toList();
        assertThat(lines).hasSize(Indicator.values().length).allSatisfy(l -> assertThat(l).startsWith(site.code() + "\t"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("FOOTER_IDENTITY\tWARNING\t0\t1\t", "将达到 1 而触发"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("HOME_NOT_UPDATED\tHEALTHY", "首页尚无任何信息"));
        assertThat(printed()).doesNotContain("null");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("SITE_UNREACHABLE\tNOT_MEASURED"));
    }

    @Test
    void badArgumentsAreRefusedWithAMessageAndExitCode2() {
        assertThat(run("--format", "xml")).isEqualTo(2);
        assertThat(printed()).contains("--format 只能是 text 或 json，而不是 xml", "usage: inspect");
        assertThat(run("--site", "no-such-site")).isEqualTo(2);
        assertThat(printed()).contains("没有代码为 no-such-site 的站点");
        assertThat(run("--verbose")).isEqualTo(2);
        assertThat(printed()).contains("无法识别的参数：--verbose");
        assertThat(run("--site")).isEqualTo(2);
    }
}
