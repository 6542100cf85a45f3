package org.zhengwu.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.services.Replay;
import org.zhengwu.sites.SiteAdministration;

/**
 * A key case (重点信访案件): the petition office puts a county leader in charge with a responsible unit and a plan; the
 * unit records visits and meetings and writes the monthly reports; the ledger shows leader, unit, days open and the
 * last action, and exports them to .xlsx.
 */
@ZhengwuTest
class KeyCaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Replay replay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    PetitionDesk desk;

    @BeforeEach
    void setUp() {
        desk = new PetitionDesk(mvc, new ConsoleFixtures(sites, staffAdministration));
    }

    private String key(String reference) {
        return "/admin/petitions/" + reference + "/key";
    }

    @Test
    void aKeyCaseWithItsLeaderVisitsAndMonthlyReportsStandsInTheLedgerAndItsExport() throws Exception {
        String reference = replay.at("2026-10-08T09:00", () -> desk.visit("孙有田", "征地拆迁安置房迟迟未交付，已多次上访。"));

        // without a leader the office is told what is missing, and nothing is marked
        MvcResult refused = replay.at("2026-10-08T10:00", () -> desk.send(desk.officer, key(reference),
                Map.of("leaderTitle", "副县长", "keyUnitId", String.valueOf(desk.staff.unitA()), "plan", "三个月内交房")));
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(PetitionDesk.text(refused)).contains("此项必填").contains("三个月内交房");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_petition k JOIN petition p ON p.id = k.petition_id "
                + "WHERE p.reference = ?").param(reference).query(Long.class).single()).isZero();

        replay.at("2026-10-08T10:05", () -> desk.send(desk.officer, key(reference), Map.of("leaderName", "周志强",
                "leaderTitle", "副县长", "keyUnitId", String.valueOf(desk.staff.unitA()),
                "plan", "县住建局牵头，三个月内完成安置房验收交付。")));

        // the responsible unit's leader records a visit and a meeting and the October and November reports
        replay.at("2026-10-15T16:00", () -> desk.send(desk.staff.leaderA, key(reference) + "/action", Map.of(
                "kind", "VISIT", "on", "2026-10-15", "who", "周志强、住建局局长", "what", "入户走访，听取诉求")));
        replay.at("2026-10-31T16:00", () -> desk.send(desk.staff.leaderA, key(reference) + "/report", Map.of(
                "month", "2026-10", "progress", "已走访，制定交付计划", "resolution", "STABLE")));
        replay.at("2026-11-12T16:00", () -> desk.send(desk.staff.leaderA, key(reference) + "/action", Map.of(
                "kind", "MEETING", "on", "2026-11-12", "who", "周志强、城关镇、开发商", "what", "协调会确定12月交房")));
        MvcResult future = replay.at("2026-11-30T16:00", () -> desk.send(desk.staff.leaderA, key(reference)
                + "/report", Map.of("month", "2027-01", "progress", "提前写", "resolution", "RESOLVED")));
        assertThat(PetitionDesk.text(future)).contains("不晚于本月的月份");
        replay.at("2026-11-30T16:05", () -> desk.send(desk.staff.leaderA, key(reference) + "/report", Map.of(
                "month", "2026-11", "progress", "安置房已交付，信访人签字认可", "resolution", "RESOLVED")));

        // another unit's handler may not write on it
        MvcResult other = desk.send(desk.staff.handlerB, key(reference) + "/action", Map.of("kind", "VISIT",
                "on", "2026-11-13", "who", "x", "what", "y"));
        assertThat(other.getResponse().getStatus()).isEqualTo(403);

        String page = desk.page(desk.officer, reference);
        assertThat(page).contains("周志强 副县长").contains("入户走访，听取诉求").contains("协调会确定12月交房")
                .contains("2026-10").contains("稳控").contains("安置房已交付，信访人签字认可").contains("化解");

        // the supervisor's ledger: leader, unit, days open (8 October to 30 November) and the last action
        String ledger = PetitionDesk.text(mvc.perform(get("/admin/petitions/key-cases")
                .with(as(desk.staff.supervisor))).andReturn());
        assertThat(ledger).contains(reference).contains("周志强 副县长").contains("化解")
                .contains("2026-11-12 周志强、城关镇、开发商：协调会确定12月交房");
        assertThat(desk.status(desk.staff.handlerA, "/admin/petitions/key-cases")).isEqualTo(403);

        MvcResult xlsx = mvc.perform(get("/admin/petitions/key-cases.xlsx").with(as(desk.officer))).andReturn();
        assertThat(xlsx.getResponse().getContentType()).contains("spreadsheetml");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("重点信访案件台账");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("包案领导");
            Row mine = null;
            for (Row r : sheet) {
                if (r.getRowNum() > 2 && reference.equals(r.getCell(1).getStringCellValue())) {
                    mine = r;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.getCell(3).getStringCellValue()).isEqualTo("周志强");
            assertThat(mine.getCell(6).getStringCellValue()).isEqualTo("化解");
            assertThat(mine.getCell(8).getNumericCellValue()).isEqualTo(53.0);
            assertThat(mine.getCell(9).getStringCellValue()).isEqualTo("2026-11-12");
        }

        // the figures of November count it as resolved for unit A
        String figures = PetitionDesk.text(mvc.perform(get("/admin/petitions/figures?month=2026-11")
                .with(as(desk.officer))).andReturn());
        assertThat(figures).contains("单位" + desk.staff.siteA.code());
        assertThat(jdbc.sql("SELECT resolved_on FROM key_petition k JOIN petition p ON p.id = k.petition_id "
                + "WHERE p.reference = ?").param(reference).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
