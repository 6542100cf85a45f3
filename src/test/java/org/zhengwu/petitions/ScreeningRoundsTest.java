package org.zhengwu.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.petitions.internal.officework.Refused;
import org.zhengwu.petitions.internal.screening.Risk;
import org.zhengwu.petitions.internal.screening.ScreeningRounds;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.supervision.SupervisionDesk;

/**
 * A screening round (排查化解) of October 2026 on H2 and PostgreSQL: the petition office opens it on 2 November for
 * three units, due on Friday 6 November; unit A reports two disputes, unit B reports nil, unit C does not report. The
 * office sees two of three reported (the nil one counted), C listed as not reported and overdue, the disputes by
 * risk, and the workbook; other units and roles are refused; bad input is refused with its reasons and stores nothing.
 */
@ZhengwuTest
class ScreeningRoundsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    ScreeningRounds rounds;
    @Autowired
    JdbcClient jdbc;

    StaffUser office;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;
    SupervisionDesk.UnitStaff c;

    @BeforeEach
    void setUp() {
        office = desk.fixtures().staff(StaffRole.PETITION_OFFICER, null);
        a = desk.unit();
        b = desk.unit();
        c = desk.unit();
    }

    private long openRound() {
        return desk.at("2026-11-02T09:00", office, () -> rounds.open(Map.of("name", "2026年10月矛盾纠纷排查",
                "from", "2026-10-01", "to", "2026-10-31", "dueOn", "2026-11-06"), units(a, b, c)));
    }

    private static List<String> units(SupervisionDesk.UnitStaff... us) {
        return java.util.Arrays.stream(us).map(u -> String.valueOf(u.unitId())).toList();
    }

    private static Map<String, String> dispute(String matter, String risk) {
        return Map.of("matter", matter, "parties", "张某某、李某某", "place", "城关镇幸福村", "risk", risk,
                "measures", "镇调解委员会两次调解", "state", "RESOLVING");
    }

    private String page(String url, StaffUser who) throws Exception {
        return mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aNilReportCountsAsReportedAndTheUnitThatDidNotReportIsListed() throws Exception {
        long round = openRound();
        desk.at("2026-11-04T10:00", a.handler(), () -> {
            rounds.addDispute(round, dispute("两户村民因宅基地边界发生纠纷", "HIGH"));
            rounds.addDispute(round, dispute("土地流转租金拖欠", "LOW"));
            rounds.submit(round, false);
        });
        desk.at("2026-11-05T10:00", b.handler(), () -> rounds.submit(round, true));

        ScreeningRounds.Overview o = desk.at("2026-11-09T09:00", office, () -> rounds.overview(round));
        assertThat(o.reported()).isEqualTo(2);
        assertThat(o.nil()).isEqualTo(1);
        assertThat(o.missing()).containsExactly(c.unitName());
        assertThat(o.byRisk()).containsEntry(Risk.HIGH, 1).containsEntry(Risk.MEDIUM, 0).containsEntry(Risk.LOW, 1);
        assertThat(o.units()).filteredOn(u -> u.unitId() == c.unitId()).singleElement()
                .satisfies(u -> assertThat(u.overdue()).isTrue());

        String html = desk.at("2026-11-09T09:00", null, () -> {
            try {
                return page("/admin/petitions/screening/" + round, office);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(html).contains("已报送 2 个单位（共 3 个），其中零报告 1 个；未报送 1 个。")
                .contains("未报送单位：" + c.unitName()).contains("零报告（无矛盾纠纷）").contains("逾期未报")
                .contains("两户村民因宅基地边界发生纠纷");

        // the parties are kept encrypted; the unit and the office read them
        assertThat(jdbc.sql("SELECT parties FROM screening_dispute d JOIN screening_report r ON r.id = d.report_id "
                + "WHERE r.round_id = ?").param(round).query(String.class).list())
                .hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("张某某"));
        assertThat(page("/admin/petitions/screening/" + round + "/units/" + a.unitId(), a.handler()))
                .contains("张某某、李某某");

        byte[] xlsx = mvc.perform(get("/admin/petitions/screening/" + round + "/round.xlsx").with(as(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("报送情况").getLastRowNum()).isEqualTo(4);
            assertThat(wb.getSheet("矛盾纠纷").getRow(1).getCell(2).getStringCellValue()).isEqualTo("张某某、李某某");
        }
        // the unit's report is a case of the engine, closed when reported
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_record WHERE type_code = 'screening-report' AND reference LIKE ? "
                + "AND phase = 'CLOSED'").param("PC-" + round + "-%").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anotherUnitsStaffAndOtherRolesAreRefused() throws Exception {
        long round = openRound();
        mvc.perform(get("/admin/petitions/screening/" + round + "/units/" + a.unitId()).with(as(b.handler())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/petitions/screening/" + round + "/round.xlsx").with(as(b.handler())))
                .andExpect(status().isForbidden());
        SupervisionDesk.UnitStaff outside = desk.unit();
        assertThatThrownBy(() -> desk.at("2026-11-03T10:00", outside.handler(),
                () -> rounds.addDispute(round, dispute("x", "LOW")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.at("2026-11-03T10:00", a.editor(),
                () -> rounds.submit(round, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.at("2026-11-03T10:00", office,
                () -> rounds.submit(round, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.at("2026-11-03T10:00", a.handler(), () -> rounds.open(Map.of("name", "x",
                "from", "2026-10-01", "to", "2026-10-31", "dueOn", "2026-11-06"), units(a))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedWithItsReasonsAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM screening_round").query(Long.class).single();
        String refused = desk.at("2026-11-02T09:00", null, () -> {
            try {
                return mvc.perform(post("/admin/petitions/screening/new").with(csrf()).with(as(office))
                                .param("r.name", "").param("r.from", "2026-10-31").param("r.to", "2026-10-01")
                                .param("r.dueOn", "2026-13-01"))
                        .andExpect(status().isBadRequest()).andReturn().getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(refused).contains("此项必填。").contains("结束日期早于开始日期。")
                .contains("“2026-13-01”不是日期").contains("请至少勾选一个单位。").contains("value=\"2026-10-31\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_round").query(Long.class).single()).isEqualTo(before);

        long round = openRound();
        String form = mvc.perform(post("/admin/petitions/screening/" + round + "/disputes").with(csrf())
                        .with(as(a.handler())).param("d.matter", "邻里噪音纠纷").param("d.parties", "王某")
                        .param("d.place", "").param("d.risk", "SEVERE").param("d.measures", "").param("d.state", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("请从列表中选择。").contains("此项必填。").contains("邻里噪音纠纷");

        desk.at("2026-11-03T10:00", a.handler(), () -> {
            assertThatThrownBy(() -> rounds.submit(round, false)).isInstanceOf(Refused.class)
                    .hasMessageContaining("petition.screening.nothing-entered");
            rounds.addDispute(round, dispute("邻里噪音纠纷", "MEDIUM"));
            assertThatThrownBy(() -> rounds.submit(round, true)).isInstanceOf(Refused.class)
                    .hasMessageContaining("petition.screening.nil-with-disputes");
            rounds.submit(round, false);
            assertThatThrownBy(() -> rounds.addDispute(round, dispute("再补一件", "LOW"))).isInstanceOf(Refused.class)
                    .hasMessageContaining("petition.screening.already-submitted");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_dispute d JOIN screening_report r ON r.id = d.report_id "
                + "WHERE r.round_id = ?").param(round).query(Long.class).single()).isEqualTo(1);
    }
}
