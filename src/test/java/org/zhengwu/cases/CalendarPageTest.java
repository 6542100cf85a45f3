package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.IssuedPassword;
import org.zhengwu.accounts.NewStaff;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/** The administrator's calendar page, and WorkingDays answering from what it stores. Each test has its own year. */
@ZhengwuTest
class CalendarPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration sites;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    JdbcClient jdbc;

    ConsoleFixtures fixtures;
    StaffUser administrator;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staff);
        administrator = fixtures.administrator();
        audit = new AuditRecords(jdbc);
    }

    private StaffUser staffOf(StaffRole role, Long unitId) {
        IssuedPassword issued = staff.create(new NewStaff(ConsoleFixtures.code("cal"), "日历测试", role, unitId));
        staff.changePassword(issued.account().id(), issued.temporaryPassword(), ConsoleFixtures.PASSWORD,
                ConsoleFixtures.PASSWORD);
        return StaffUser.of(staff.account(issued.account().id()).orElseThrow());
    }

    private int storedIn(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE calendar_date BETWEEN ? AND ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(Integer.class).single();
    }

    @Test
    void everyoneButTheAdministratorIsRefusedAndAChangeAttemptIsAudited() throws Exception {
        Site site = fixtures.site();
        List<StaffUser> others = List.of(fixtures.editorOf(site), staffOf(StaffRole.SECURITY_ADMINISTRATOR, null),
                staffOf(StaffRole.AUDIT_ADMINISTRATOR, null), staffOf(StaffRole.SUPERVISOR, null));
        long before = audit.lastSeq();
        for (StaffUser other : others) {
            mvc.perform(get("/admin/calendar").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/calendar").with(as(other)).with(csrf())
                    .param("date", "2081-03-03").param("kind", "HOLIDAY").param("name", "越权"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/calendar/import").with(as(other)).with(csrf())
                    .param("year", "2081").param("text", "2081-03-03 休 越权"))
                    .andExpect(status().isForbidden());
        }
        assertThat(storedIn(2081)).isZero();
        assertThat(audit.since(before)).filteredOn(r -> r.action().startsWith("cases.calendar."))
                .hasSize(2 * others.size());
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/calendar").with(as(administrator))
                .param("date", "2081-03-04").param("kind", "HOLIDAY").param("name", "无令牌"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/import").with(as(administrator))
                .param("year", "2081").param("text", "2081-03-04 休 无令牌"))
                .andExpect(status().isForbidden());
        assertThat(storedIn(2081)).isZero();
    }

    @Test
    void anImportWithBadLinesReportsThemByNumberAndStoresNothing() throws Exception {
        String text = String.join("\n",
                "# 2082年安排（虚构）",
                "2082-01-01 休 元旦",
                "2082-02-30 休 不存在的日子",
                "2082-03-02 班 周一调休",
                "2082-01-01 休 元旦重复",
                "2082-05-01 放 劳动节",
                "2083-05-01 休 下一年",
                "随便写的一行");
        mvc.perform(post("/admin/calendar/import").with(as(administrator)).with(csrf())
                        .param("year", "2082").param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("有6行有误，未导入任何内容")))
                .andExpect(content().string(containsString("第3行“2082-02-30 休 不存在的日子”：日期“2082-02-30”不存在")))
                .andExpect(content().string(containsString("第4行“2082-03-02 班 周一调休”：2082-03-02不是周六或周日")))
                .andExpect(content().string(containsString("第5行“2082-01-01 休 元旦重复”：2082-01-01已经录入过")))
                .andExpect(content().string(containsString("第6行“2082-05-01 放 劳动节”：类别“放”不正确")))
                .andExpect(content().string(containsString("第7行“2083-05-01 休 下一年”：2083-05-01不在2082年内")))
                .andExpect(content().string(containsString("第8行“随便写的一行”：格式不正确")))
                .andExpect(content().string(not(containsString("第2行"))));
        assertThat(storedIn(2082)).isZero();
        assertThat(audit.of("cases.calendar.import", "2082")).isEmpty();
    }

    @Test
    void aGoodImportReplacesTheYearAndIsListed() throws Exception {
        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                .param("date", "2084-06-01").param("kind", "HOLIDAY").param("name", "旧的录入"))
                .andExpect(redirectedUrl("/admin/calendar?year=2084"));
        String text = "2084-10-02 休 国庆节\n\n2084-10-01 休 国庆节\n2084-09-24 班 国庆节调休\n";
        mvc.perform(post("/admin/calendar/import").with(as(administrator)).with(csrf())
                        .param("year", "2084").param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已导入2084年的安排，共3天")));
        assertThat(storedIn(2084)).isEqualTo(3);
        assertThat(audit.last("cases.calendar.import", "2084")).isPresent();
        mvc.perform(get("/admin/calendar?year=2084").with(as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2084-09-24")))
                .andExpect(content().string(containsString("调休上班")))
                .andExpect(content().string(not(containsString("旧的录入"))));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2084, 9, 24))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2084, 10, 2))).isFalse();
    }

    @Test
    void aChangeIsAuditedAndAtOnceUsedForDeadlines() throws Exception {
        LocalDate thursday = LocalDate.of(2083, 3, 4);
        assertThat(workingDays.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2083, 3, 5));

        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                .param("date", "2083-03-05").param("kind", "HOLIDAY").param("name", "虚构假日"))
                .andExpect(redirectedUrl("/admin/calendar?year=2083"));
        assertThat(workingDays.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2083, 3, 8));
        assertThat(audit.last("cases.calendar.add", "2083-03-05")).hasValueSatisfying(r -> {
            assertThat(r.actorId()).isEqualTo(administrator.accountId());
            assertThat(r.detail()).contains("HOLIDAY").contains("虚构假日");
        });

        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                .param("date", "2083-03-06").param("kind", "MAKEUP_WORKDAY").param("name", "虚构调休"))
                .andExpect(redirectedUrl("/admin/calendar?year=2083"));
        assertThat(workingDays.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2083, 3, 6));

        mvc.perform(post("/admin/calendar/remove").with(as(administrator)).with(csrf()).param("date", "2083-03-06"))
                .andExpect(redirectedUrl("/admin/calendar?year=2083"));
        assertThat(workingDays.addWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2083, 3, 8));
        assertThat(audit.last("cases.calendar.remove", "2083-03-06")).isPresent();
    }

    @Test
    void badEntriesAreRefusedWithAClearMessageAndNothingStored() throws Exception {
        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                        .param("date", "2085-02-30").param("kind", "HOLIDAY").param("name", "假"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期“2085-02-30”不存在或格式不正确")));
        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                        .param("date", "2085-03-05").param("kind", "MAKEUP_WORKDAY").param("name", "周一调休"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2085-03-05不是周六或周日，调休上班日只能是周末")));
        // a holiday on a weekend is allowed (harmless), and a second entry on the same date is not
        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                        .param("date", "2085-03-03").param("kind", "HOLIDAY").param("name", "周六假日"))
                .andExpect(redirectedUrl("/admin/calendar?year=2085"));
        mvc.perform(post("/admin/calendar").with(as(administrator)).with(csrf())
                        .param("date", "2085-03-03").param("kind", "HOLIDAY").param("name", "再录一次"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2085-03-03已经录入过，一天只能录入一次")));
        assertThat(storedIn(2085)).isEqualTo(1);
    }
}
