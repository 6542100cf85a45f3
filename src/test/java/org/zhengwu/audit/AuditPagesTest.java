package org.zhengwu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/** The audit administrator's pages: filters and paging, the integrity check, the export read back with POI. */
@ZhengwuTest
class AuditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration sites;
    @Autowired
    JdbcClient jdbc;

    StaffUser auditor;
    String marker;

    @BeforeEach
    void setUp() {
        auditor = new ConsoleFixtures(sites, staff).staff(StaffRole.AUDIT_ADMINISTRATOR, null);
        marker = ConsoleFixtures.code("test.pages");
    }

    @Test
    void theFiltersNarrowTheLogAndThePagesWalkThroughIt() throws Exception {
        for (int i = 0; i < 55; i++) {
            trail.record(AuditEvent.of(marker + ".done", "thing", i, 42L, "第" + i + "条"));
        }
        trail.recordRefusal(AuditEvent.of(marker + ".refused", "thing", 99, 43L, "被拒绝的那条"));

        mvc.perform(get("/admin/audit").param("action", marker).with(as(auditor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("第1页，共2页，56条")))
                .andExpect(content().string(containsString("被拒绝的那条")))
                .andExpect(content().string(containsString("第54条")))
                .andExpect(content().string(not(containsString("第0条<"))));
        mvc.perform(get("/admin/audit").param("action", marker).param("page", "2").with(as(auditor)))
                .andExpect(content().string(containsString("第2页，共2页，56条")))
                .andExpect(content().string(containsString("第0条")));
        mvc.perform(get("/admin/audit").param("action", marker).param("outcome", "REFUSED").with(as(auditor)))
                .andExpect(content().string(containsString("共1页，1条")))
                .andExpect(content().string(containsString("被拒绝的那条")));
        mvc.perform(get("/admin/audit").param("action", marker).param("unit", "42").with(as(auditor)))
                .andExpect(content().string(containsString("55条")));
        mvc.perform(get("/admin/audit").param("action", marker).param("from", "2999-01-01").with(as(auditor)))
                .andExpect(content().string(containsString("没有符合条件的记录")));
        mvc.perform(get("/admin/audit").param("from", "昨天").with(as(auditor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("起始日期“昨天”无法识别")));
        mvc.perform(get("/admin/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(as(auditor)))
                .andExpect(content().string(containsString("截止日期不能早于起始日期")));
    }

    @Test
    void theExportIsAnExcelWorkbookOfTheFilteredRecords() throws Exception {
        for (int i = 0; i < 3; i++) {
            trail.record(AuditEvent.of(marker + ".export", "thing", i, null, "导出" + i));
        }
        byte[] xlsx = mvc.perform(get("/admin/audit/export.xlsx").param("action", marker).with(as(auditor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"audit-")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("审计日志");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("操作");
            List<String> details = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo(marker + ".export");
                assertThat(row.getCell(11).getStringCellValue()).hasSize(64);
                details.add(row.getCell(10).getStringCellValue());
            }
            assertThat(details).containsExactly("导出0", "导出1", "导出2");
        }
        assertThat(log.search(new AuditFilter(null, null, auditor.username(), "audit.export", null, null), 0, 5))
                .singleElement().satisfies(r -> assertThat(r.detail()).contains("导出 3 条"));
    }

    @Test
    void theIntegrityCheckSaysIntactOrFromWhichRecordTheLogWasChanged() throws Exception {
        trail.record(AuditEvent.of(marker + ".check", "thing", 1, null, "原文"));
        mvc.perform(post("/admin/audit/verify").with(as(auditor)).with(csrf()))
                .andExpect(redirectedUrl("/admin/audit"))
                .andExpect(flash().attribute("notice", "校验完整性：完整"));

        AuditRecord target = log.search(new AuditFilter(null, null, null, marker + ".check", null, null), 0, 1).get(0);
        jdbc.sql("UPDATE audit_record SET detail = '改过的' WHERE seq = ?").param(target.seq()).update();
        try {
            mvc.perform(post("/admin/audit/verify").with(as(auditor)).with(csrf()))
                    .andExpect(flash().attribute("error", "校验完整性：第 " + target.seq() + " 条起被篡改"));
        } finally {
            jdbc.sql("UPDATE audit_record SET detail = ? WHERE seq = ?").params(target.detail(), target.seq()).update();
        }
        mvc.perform(get("/admin/audit").with(as(auditor))).andExpect(content().string(containsString("校验完整性")));
        assertThat(log.firstBrokenRecord()).isEmpty();
    }
}
