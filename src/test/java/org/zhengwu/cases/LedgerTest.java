package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.sites.SiteAdministration;

/** Ledgers (台账): filters, paging, who sees which unit, and the Excel export opened with POI. */
@ZhengwuTest
class LedgerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Clock clock;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    JdbcClient jdbc;

    CaseStaff staff;
    long openA;
    long doneA;
    long lateA;
    long openB;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        openA = errand(staff.unitA(), "甲单位在办", "roads");
        doneA = errand(staff.unitA(), "甲单位已办结", "roads");
        cases.move(doneA, CaseStep.to("DONE", "已办结"));
        lateA = errand(staff.unitA(), "甲单位超期", "water");
        jdbc.sql("UPDATE case_record SET deadline = ? WHERE id = ?").params(LocalDate.now(clock).minusDays(10), lateA)
                .update();
        openB = errand(staff.unitB(), "乙单位在办", "roads");
    }

    private long errand(long unit, String subject, String category) {
        return cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("L"), subject, category, unit, 5));
    }

    private String ref(long id) {
        return cases.find(id).orElseThrow().reference();
    }

    @Test
    void aSupervisorFiltersAnyUnitByStateAndOverdue() throws Exception {
        String unitA = String.valueOf(staff.unitA());
        mvc.perform(get("/admin/cases/ledger").param("unit", unitA).with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共3件"), containsString(ref(openA)),
                        containsString(ref(doneA)), containsString(ref(lateA)), not(containsString(ref(openB))))));
        mvc.perform(get("/admin/cases/ledger").param("unit", unitA).param("state", "DONE").with(as(staff.supervisor)))
                .andExpect(content().string(allOf(containsString("共1件"), containsString(ref(doneA)),
                        not(containsString(ref(openA))))));
        mvc.perform(get("/admin/cases/ledger").param("unit", unitA).param("overdue", "yes").with(as(staff.supervisor)))
                .andExpect(content().string(allOf(containsString("共1件"), containsString(ref(lateA)),
                        containsString("已超期"))));
        String today = LocalDate.now(clock).toString();
        mvc.perform(get("/admin/cases/ledger").param("unit", unitA).param("type", ErrandType.CODE)
                        .param("from", today).param("to", today).with(as(staff.dispatcher)))
                .andExpect(content().string(containsString("共3件")));
        mvc.perform(get("/admin/cases/ledger").param("unit", unitA).param("from", LocalDate.now(clock).plusDays(1)
                        .toString()).with(as(staff.dispatcher)))
                .andExpect(content().string(containsString("共0件")));
    }

    @Test
    void aUnitSeesItsOwnLedgerOnlyAndAnotherUnitsIsRefused() throws Exception {
        mvc.perform(get("/admin/cases/ledger").with(as(staff.handlerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(ref(openA)), not(containsString(ref(openB))))));
        mvc.perform(get("/admin/cases/ledger").param("unit", String.valueOf(staff.unitB())).with(as(staff.handlerA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/cases/ledger.xlsx").param("unit", String.valueOf(staff.unitB()))
                .with(as(staff.leaderA))).andExpect(status().isForbidden());
    }

    @Test
    void badFiltersAreShownWithAClearMessage() throws Exception {
        mvc.perform(get("/admin/cases/ledger").param("from", "2026-02-30").with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("开始日期“2026-02-30”不正确")));
        mvc.perform(get("/admin/cases/ledger").param("type", "nonsense").with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有“nonsense”这种办件类型")));
        mvc.perform(get("/admin/cases/ledger").param("from", "2026-03-02").param("to", "2026-03-01")
                        .with(as(staff.supervisor)))
                .andExpect(content().string(containsString("结束日期不能早于开始日期")));
        mvc.perform(get("/admin/cases/ledger").param("page", "abc").param("unit", String.valueOf(staff.unitA()))
                        .with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共3件")));
    }

    @Test
    void theExportHasATitleAFrozenFilteredHeaderAndOneRowPerCaseWithRealDates() throws Exception {
        long seq = new AuditRecords(jdbc).lastSeq();
        byte[] xlsx = mvc.perform(get("/admin/cases/ledger.xlsx").param("unit", String.valueOf(staff.unitA()))
                        .with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("办件台账");
            List<String> header = new ArrayList<>();
            sheet.getRow(1).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("编号", "标题", "类型", "分类", "承办单位", "办理人", "状态", "收到时间",
                    "交办日期", "办理期限", "办结时间", "用时（工作日）", "是否按期", "延期（工作日）", "计时状态");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:O5");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row done = null;
            for (int i = 2; i <= 4; i++) {
                if (sheet.getRow(i).getCell(0).getStringCellValue().equals(ref(doneA))) {
                    done = sheet.getRow(i);
                }
            }
            assertThat(done).isNotNull();
            assertThat(done.getCell(1).getStringCellValue()).isEqualTo("甲单位已办结");
            assertThat(done.getCell(3).getStringCellValue()).isEqualTo("roads");
            Cell deadline = done.getCell(9);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(cases.find(doneA).orElseThrow().deadline());
            assertThat(DateUtil.isCellDateFormatted(done.getCell(10))).isTrue();
            assertThat(done.getCell(11).getNumericCellValue()).isZero();
            assertThat(text.formatCellValue(done.getCell(12))).isEqualTo("是");
            for (int i = 2; i <= 4; i++) {
                String ref = sheet.getRow(i).getCell(0).getStringCellValue();
                assertThat(ref).isNotEqualTo(ref(openB));
                if (!ref.equals(ref(doneA))) {
                    assertThat(text.formatCellValue(sheet.getRow(i).getCell(12))).isEqualTo("—");
                }
            }
        }
        assertThat(new AuditRecords(jdbc).since(seq)).extracting(AuditRecords.Row::action)
                .contains("cases.ledger.export");
    }

    @Test
    void aUnitsExportHoldsItsOwnCasesOnly() throws Exception {
        StaffUser handler = staff.handlerB;
        byte[] xlsx = mvc.perform(get("/admin/cases/ledger.xlsx").with(as(handler)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(ref(openB));
        }
    }
}
