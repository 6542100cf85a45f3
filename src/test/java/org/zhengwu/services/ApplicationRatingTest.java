package org.zhengwu.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteDirectory;

/**
 * 好差评 through the look-up after 办结, once; a bad rating needs a reason and opens a rectification (整改) for the
 * unit, which only that unit closes with a return visit; the public figures and 办件公示 (the applicant's name
 * masked) in both scripts; the figures as .xlsx for staff.
 */
@ZhengwuTest
class ApplicationRatingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteDirectory directory;
    @Autowired
    Clock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Cases cases;

    @Autowired
    Applications applications;
    ServiceItem item;
    StaffUser handler;
    String unitName;

    @BeforeEach
    void setUp() {
        Applications.Desk desk = applications.desk();
        item = desk.item();
        handler = desk.handler();
        unitName = directory.unit(desk.site().unitId()).orElseThrow().name();
    }

    @Test
    void anApplicationIsRatedOnlyAfterItIsFinishedAndOnlyOnce() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        MockHttpSession session = applications.lookUp(r);
        assertThat(applications.progress(r, session)).doesNotContain("提交评价");
        mvc.perform(rate(r, session, "SATISFIED", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("事项办结后才能评价")));
        assertThat(ratings(r)).isZero();

        applications.finish(r, handler, true);
        assertThat(applications.progress(r, session)).contains("好差评", "非常满意", "非常不满意", "提交评价");
        mvc.perform(rate(r, session, "SATISFIED", "")).andExpect(status().isSeeOther());
        assertThat(applications.progress(r, session)).contains("感谢您的评价", "您的评价：<strong>满意</strong>")
                .doesNotContain("提交评价");

        mvc.perform(rate(r, session, "VERY_DISSATISFIED", "改成差评"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("每件申报只能评价一次")));
        assertThat(level(r)).isEqualTo("SATISFIED");
        assertThat(rectifications(r)).isZero();
    }

    @Test
    void aBadRatingWithoutAReasonOrAForgedLevelIsRefusedWithTheInputKeptAndNothingStored() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        applications.finish(r, handler, true);
        MockHttpSession session = applications.lookUp(r);

        String page = mvc.perform(rate(r, session, "DISSATISFIED", "  ")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请写明不满意的原因", "value=\"DISSATISFIED\" checked");
        mvc.perform(rate(r, session, "EXCELLENT", "好评"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择一个评价等级")))
                .andExpect(content().string(containsString(">好评</textarea>")));
        mvc.perform(rate(r, session, "SATISFIED", "长".repeat(501)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能超过500个字")));
        assertThat(ratings(r)).isZero();

        Applications.Receipt other = applications.submit(applications.form(item));
        applications.finish(other, handler, true);
        mvc.perform(rate(other, session, "VERY_SATISFIED", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("查询已过期或无效")));
        assertThat(ratings(other)).isZero();
    }

    @Test
    void aBadRatingOpensARectificationThatOnlyTheUnitClosesWithAReturnVisit() throws Exception {
        Applications.Receipt r = applications.submit(applications.form(item));
        applications.finish(r, handler, false);
        mvc.perform(rate(r, applications.lookUp(r), "VERY_DISSATISFIED", "窗口说法和网上指南不一致"))
                .andExpect(status().isSeeOther());
        assertThat(rectifications(r)).isEqualTo(1);
        // the unit has five working days from the day of the rating, on the engine's calendar
        LocalDate due = workingDays.addWorkingDays(LocalDate.now(clock), 5);
        assertThat(cases.findByReference("rectification", r.number()).orElseThrow().deadline()).isEqualTo(due);
        mvc.perform(get("/admin/services/rectifications").with(as(handler)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(r.number())));
        mvc.perform(get("/admin/services/rectifications/" + r.number()).with(as(handler)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("窗口说法和网上指南不一致")))
                .andExpect(content().string(containsString("整改中")))
                .andExpect(content().string(containsString(due.toString())));

        ConsoleFixtures other = applications.console();
        StaffUser stranger = other.staff(StaffRole.CASE_HANDLER, other.site().unitId());
        mvc.perform(get("/admin/services/rectifications/" + r.number()).with(as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(close(r, stranger, "已整改", today(), "PHONE", "满意")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/services/rectifications").with(as(stranger)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(r.number()))));
        assertThat(closed(r)).isZero();

        mvc.perform(close(r, handler, "更新办事指南中的不予许可情形", "2026-02-30", "FAX", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写回访日期")))
                .andExpect(content().string(containsString("请选择回访方式")))
                .andExpect(content().string(containsString("请记录申请人对整改的意见")))
                .andExpect(content().string(containsString(">更新办事指南中的不予许可情形</textarea>")));
        assertThat(closed(r)).isZero();

        mvc.perform(close(r, handler, "更新办事指南中的不予许可情形", today(), "PHONE", "申请人表示理解"))
                .andExpect(status().is3xxRedirection());
        assertThat(closed(r)).isEqualTo(1);
        mvc.perform(get("/admin/services/rectifications/" + r.number()).with(as(handler)))
                .andExpect(content().string(containsString("已整改")))
                .andExpect(content().string(containsString("电话回访")))
                .andExpect(content().string(containsString("申请人表示理解")));
        mvc.perform(close(r, handler, "再次", today(), "PHONE", "再次")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("这件整改已经办结")));
    }

    @Test
    void thePublicFiguresAndTheHandledListShowTheUnitAndOnlyTheMaskedNameInBothScripts() throws Exception {
        Applications.Receipt good = applications.submit(applications.form(item));
        applications.finish(good, handler, true);
        mvc.perform(rate(good, applications.lookUp(good), "VERY_SATISFIED", "")).andExpect(status().isSeeOther());

        for (String prefix : List.of("", "/zh-hant")) {
            String stats = page(prefix + "/bsfw/stats");
            // the unit's name is converted to traditional characters on the zh-Hant page
            assertThat(stats).contains(prefix.isEmpty() ? "满意率" : "滿意率", "100.0%",
                    prefix.isEmpty() ? unitName : "滿意率", LocalDate.now(clock).getYear() + "年");
            String handled = page(prefix + "/bsfw/handled");
            assertThat(handled).contains(good.number(), "王*明", prefix.isEmpty() ? "准予" : good.number())
                    .doesNotContain("王小明");
        }
        assertThat(page("/bsfw/stats?year=abc")).contains("满意率");
        assertThat(page("/bsfw/handled?page=99999999999")).contains("办件公示");
        assertThat(page("/bsfw/handled?page=-1")).contains("办件公示");
    }

    @Test
    void staffGetTheFiguresAsAWorkbook() throws Exception {
        Applications.Receipt bad = applications.submit(applications.form(item));
        applications.finish(bad, handler, true);
        mvc.perform(rate(bad, applications.lookUp(bad), "DISSATISFIED", "等了很久")).andExpect(status().isSeeOther());
        applications.submit(applications.form(item));

        byte[] xlsx = mvc.perform(get("/admin/services/stats.xlsx").with(as(handler)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("单位", "受理申报", "办结", "按时办结率", "平均办理工作日", "当前超期", "评价数",
                    "满意率", "差评", "差评已整改");
            Row mine = null;
            for (Row row : sheet) {
                if (unitName.equals(row.getCell(0).getStringCellValue())) {
                    mine = row;
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(mine.getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(mine.getCell(6).getNumericCellValue()).isEqualTo(1);
            assertThat(mine.getCell(7).getNumericCellValue()).isEqualTo(0.0);
            assertThat(mine.getCell(8).getNumericCellValue()).isEqualTo(1);
            assertThat(mine.getCell(9).getNumericCellValue()).isEqualTo(0);
        }
    }

    private MockHttpServletRequestBuilder rate(Applications.Receipt r, MockHttpSession session, String level,
                                               String reason) {
        return post("/bsfw/query/" + r.number() + "/rating").session(session).param("level", level)
                .param("reason", reason);
    }

    private MockHttpServletRequestBuilder close(Applications.Receipt r, StaffUser who, String measures, String visitOn,
                                                String way, String view) {
        return post("/admin/services/rectifications/" + r.number()).with(as(who)).with(csrf())
                .param("measures", measures).param("visitOn", visitOn).param("way", way).param("view", view);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    private long ratings(Applications.Receipt r) {
        return count("SELECT COUNT(*) FROM application_rating g JOIN application a ON a.id = g.application_id "
                + "WHERE a.number = ?", r);
    }

    private String level(Applications.Receipt r) {
        return jdbc.sql("SELECT g.level FROM application_rating g JOIN application a ON a.id = g.application_id "
                + "WHERE a.number = ?").param(r.number()).query(String.class).single();
    }

    private long rectifications(Applications.Receipt r) {
        return count("SELECT COUNT(*) FROM rectification x JOIN application a ON a.id = x.application_id "
                + "WHERE a.number = ?", r);
    }

    private long closed(Applications.Receipt r) {
        return count("SELECT COUNT(*) FROM rectification x JOIN application a ON a.id = x.application_id "
                + "WHERE a.number = ? AND x.closed_at IS NOT NULL", r);
    }

    private long count(String sql, Applications.Receipt r) {
        return jdbc.sql(sql).param(r.number()).query(Long.class).single();
    }
}
