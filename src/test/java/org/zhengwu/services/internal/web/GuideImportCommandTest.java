package org.zhengwu.services.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.services.Guides;
import org.zhengwu.services.ServiceItem;
import org.zhengwu.services.ServiceItems;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.search.SearchIndex;
import org.zhengwu.search.SearchQuery;
import tools.jackson.databind.json.JsonMapper;

/** {@code import-services}: the API's JSON lines become online items; one bad line and nothing is imported. */
@ZhengwuTest
class GuideImportCommandTest {

    @Autowired
    GuideImportCommand command;
    @Autowired
    ServiceItems items;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    org.zhengwu.publishing.Fixture fixture;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    SearchIndex index;
    @TempDir
    Path dir;

    Site site;
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        site = new ConsoleFixtures(sites, staff).site();
        command.output(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    /** An item of another installation as its API gives it. */
    private String line(String code) {
        ServiceItem exported = items.create(Guides.complete(code, site.unitId()));
        String json = JsonMapper.builder().build().writeValueAsString(GuideJson.of(exported,
                new org.zhengwu.sites.Unit(999, site.code(), "别处的单位", org.zhengwu.sites.UnitKind.DEPARTMENT),
                "公共服务", "/bsfw/item/" + code + ".html"));
        return json.replace(code, code + "X");
    }

    @Test
    void theApisJsonLinesBecomeOnlineItemsOfTheUnitWithTheSameCode() throws Exception {
        String code = Guides.code();
        Path file = Files.writeString(dir.resolve("items.jsonl"), line(code) + "\n", StandardCharsets.UTF_8);
        assertThat(command.run(List.of(file.toString()))).isZero();
        ServiceItem imported = items.byCode(code + "X").orElseThrow();
        assertThat(imported.online()).isTrue();
        assertThat(imported.unitId()).isEqualTo(site.unitId());
        assertThat(imported.guide().conditions()).containsExactly("在本市助产机构出生的新生儿");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("import-services: 1 items online");
        // one event for the whole import: the hall's pages and the index follow
        String page = "/bsfw/item/" + code + "X.html";
        fixture.awaitContains(page, "出生医学证明办理");
        org.zhengwu.publishing.Fixture.awaitListenersDone(jdbc);
        assertThat(index.search(new SearchQuery(List.of("助产机构"), List.of(), site.code(), 0, 10)).hits())
                .extracting(org.zhengwu.search.SearchHit::url).contains(page);
    }

    @Test
    void aBadLineIsNamedAndNothingIsImported() throws Exception {
        String code = Guides.code();
        Path file = Files.writeString(dir.resolve("items.jsonl"), line(code) + "\n{\"code\": \"A1\"\n"
                + line(Guides.code()).replace("\"" + site.code() + "\"", "\"no-such-unit\"") + "\n", StandardCharsets.UTF_8);
        assertThat(command.run(List.of(file.toString()))).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("line 2: 不是有效的事项 JSON",
                "line 3: 找不到单位 no-such-unit", "未导入任何事项");
        assertThat(items.byCode(code + "X")).isEmpty();
    }
}
