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
import java.time.LocalDate;
import java.util.HashMap;
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
import org.zhengwu.petitions.internal.duty.DutyRosters;
import org.zhengwu.petitions.internal.officework.Refused;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.supervision.SupervisionDesk;

/**
 * The duty roster of a sensitive period (国庆 1–3 October 2026) on H2 and PostgreSQL: unit A has someone on duty every
 * day, unit B forgets 2 October. The office sees B's gap, prints the roster of 2 October with B marked 未排班, and
 * exports the workbook; phones are kept encrypted; another unit and other roles are refused; a half-filled day or a
 * bad phone refuses the whole roster, keeps what was typed and stores nothing.
 */
@ZhengwuTest
class DutyRostersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    DutyRosters rosters;
    @Autowired
    JdbcClient jdbc;

    StaffUser office;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;

    @BeforeEach
    void setUp() {
        office = desk.fixtures().staff(StaffRole.PETITION_OFFICER, null);
        a = desk.unit();
        b = desk.unit();
    }

    private long declare() {
        return desk.at("2026-09-20T09:00", office, () -> rosters.declare(Map.of("name", "国庆敏感时期",
                "from", "2026-10-01", "to", "2026-10-03"), List.of(String.valueOf(a.unitId()), String.valueOf(b.unitId()))));
    }

    private static Map<String, String> day(Map<String, String> m, String day, String leader, String staff, String phone) {
        m.put("leader." + day, leader);
        m.put("staff." + day, staff);
        m.put("phone." + day, phone);
        return m;
    }

    private String page(String url, StaffUser who) throws Exception {
        return mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOfficeSeesTheDayAUnitLeftWithoutAnyoneOnDuty() throws Exception {
        long period = declare();
        Map<String, String> full = new HashMap<>();
        day(full, "2026-10-01", "王副局长", "李明、赵强", "0311-85551234");
        day(full, "2026-10-02", "刘副局长", "孙丽", "13800138000");
        day(full, "2026-10-03", "王副局长", "周杰", "13800138001");
        desk.at("2026-09-25T10:00", a.handler(), () -> rosters.save(period, full));
        Map<String, String> forgot = new HashMap<>();
        day(forgot, "2026-10-01", "陈镇长", "吴敏", "13900139000");
        day(forgot, "2026-10-02", "", "", "");
        day(forgot, "2026-10-03", "陈镇长", "郑涛", "13900139001");
        desk.at("2026-09-25T11:00", b.handler(), () -> rosters.save(period, forgot));

        DutyRosters.Overview o = desk.at("2026-09-28T09:00", office, () -> rosters.overview(period));
        assertThat(o.units()).extracting(DutyRosters.UnitGaps::unitName).containsExactly(b.unitName(), a.unitName());
        assertThat(o.units().get(0).gaps()).containsExactly(LocalDate.of(2026, 10, 2));
        assertThat(o.units().get(1).gaps()).isEmpty();

        assertThat(page("/admin/petitions/duty/" + period, office)).contains("1 个单位有未排班的日子（共 2 个单位）")
                .contains("缺 1 天").contains("2026-10-02");
        String printed = page("/admin/petitions/duty/" + period + "/day?day=2026-10-02", office);
        assertThat(printed).contains("国庆敏感时期：2026-10-02 各单位值班表").contains("刘副局长").contains("13800138000")
                .contains("未排班").contains("@media print");

        assertThat(jdbc.sql("SELECT phone FROM duty_entry WHERE period_id = ?").param(period).query(String.class).list())
                .hasSize(5).allSatisfy(p -> assertThat(p).doesNotContain("138").doesNotContain("0311"));

        byte[] xlsx = mvc.perform(get("/admin/petitions/duty/" + period + "/roster.xlsx").with(as(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheet("值班表").getLastRowNum()).isEqualTo(6);
            assertThat(wb.getSheet("缺漏").getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026-10-02");
        }
    }

    @Test
    void anotherUnitAndOtherRolesCannotSeeOrChangeARoster() throws Exception {
        long period = declare();
        assertThat(page("/admin/petitions/duty/" + period + "/units/" + a.unitId(), a.handler())).contains("保存值班表");
        mvc.perform(get("/admin/petitions/duty/" + period + "/units/" + a.unitId()).with(as(b.handler())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/petitions/duty/" + period + "/day?day=2026-10-01").with(as(a.handler())))
                .andExpect(status().isForbidden());
        StaffUser supervisor = desk.supervisor();
        mvc.perform(get("/admin/petitions/duty/" + period + "/units/" + a.unitId()).with(as(supervisor)))
                .andExpect(status().isForbidden());
        SupervisionDesk.UnitStaff outside = desk.unit();
        assertThatThrownBy(() -> desk.at("2026-09-25T10:00", outside.handler(), () -> rosters.save(period,
                day(new HashMap<>(), "2026-10-01", "某领导", "某人", "13800138000"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.at("2026-09-25T10:00", a.handler(), () -> rosters.declare(Map.of("name", "x",
                "from", "2026-10-01", "to", "2026-10-03"), List.of(String.valueOf(a.unitId())))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHalfFilledDayOrABadPhoneRefusesTheWholeRosterAndKeepsWhatWasTyped() throws Exception {
        long period = declare();
        String refused = mvc.perform(post("/admin/petitions/duty/" + period + "/roster").with(csrf()).with(as(a.handler()))
                        .param("d.leader.2026-10-01", "王副局长").param("d.staff.2026-10-01", "李明")
                        .param("d.phone.2026-10-01", "13800138000")
                        .param("d.leader.2026-10-02", "刘副局长").param("d.staff.2026-10-02", "")
                        .param("d.phone.2026-10-02", "13800138000")
                        .param("d.leader.2026-10-03", "周局长").param("d.staff.2026-10-03", "周杰")
                        .param("d.phone.2026-10-03", "call me"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("2026-10-02：请填写值班人员。")
                .contains("2026-10-03：联系电话应为 7 到 20 位的数字").contains("value=\"call me\"")
                .contains("value=\"王副局长\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM duty_entry WHERE period_id = ?").param(period).query(Long.class)
                .single()).isZero();

        assertThatThrownBy(() -> desk.at("2026-09-20T09:00", office, () -> rosters.declare(Map.of("name", "全年",
                "from", "2026-01-01", "to", "2026-12-31"), List.of(String.valueOf(a.unitId())))))
                .isInstanceOf(Refused.class).hasMessageContaining("petition.duty.too-long");
        assertThatThrownBy(() -> desk.at("2026-09-20T09:00", office, () -> rosters.declare(Map.of("name", "倒过来",
                "from", "2026-10-03", "to", "2026-10-01"), List.of("999999999"))))
                .isInstanceOf(Refused.class).hasMessageContaining("petition.screening.form.to-before-from")
                .hasMessageContaining("petition.screening.form.unit-unknown");
    }
}
