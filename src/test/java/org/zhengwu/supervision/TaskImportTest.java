package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.internal.StaffUser;

/**
 * Importing a document's tasks: every wrong row of a paste or a workbook is named in Chinese (unknown units, bad and
 * past dates, wrong columns, formulas, merged cells, a wrong header, a file that is no workbook), what was typed is
 * kept, and nothing of a refused lot is stored; a good workbook with real date cells is taken whole.
 */
@ZhengwuTest
class TaskImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    JdbcClient jdbc;

    StaffUser supervisor;
    SupervisionDesk.UnitStaff a;
    SupervisionDesk.UnitStaff b;

    @BeforeEach
    void setUp() {
        supervisor = desk.supervisor();
        a = desk.unit();
        b = desk.unit();
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM supervised_task").query(Long.class).single();
    }

    private MockMultipartHttpServletRequestBuilder form() {
        return form("2021年市政府工作报告");
    }

    private MockMultipartHttpServletRequestBuilder form(String title) {
        MockMultipartHttpServletRequestBuilder r = multipart("/admin/supervision/tasks/import");
        r.param("source", "WORK_REPORT").param("sourceTitle", title).param("cycle", "MONTHLY");
        return r;
    }

    private String refused(MockMultipartHttpServletRequestBuilder request) {
        return desk.at("2021-03-01T09:00", supervisor, () -> {
            try {
                return mvc.perform(request.with(as(supervisor)).with(csrf())).andExpect(status().isBadRequest())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static MockMultipartFile workbook(Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("任务");
            String[] header = {"序号", "任务内容", "牵头单位", "配合单位", "责任领导", "完成时限"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            fill.accept(sheet);
            book.write(out);
            return new MockMultipartFile("file", "任务分解.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
        }
    }

    private void row(Sheet sheet, int at, String content, String lead, String partner, String leader, String deadline) {
        Row r = sheet.createRow(at);
        r.createCell(0).setCellValue(at);
        r.createCell(1).setCellValue(content);
        r.createCell(2).setCellValue(lead);
        r.createCell(3).setCellValue(partner);
        r.createCell(4).setCellValue(leader);
        r.createCell(5).setCellValue(deadline);
    }

    @Test
    void aPasteWithWrongRowsNamesEachRowKeepsTheTextAndStoresNothing() {
        long before = count();
        String text = "1\t新建幼儿园3所\t" + a.unitName() + "\t不存在的局\t李副市长\t2021-08-31\n"
                + "2\t改造老旧小区12个\t" + b.unitName() + "\t\t李副市长\t2021-02-30\n"
                + "3\t建成智慧停车平台\t" + a.unitName() + "\t\t\t2020-12-31\n"
                + "4\t只有三列\t" + a.unitName() + "\n"
                + "5\t完成河道整治\t" + a.unitName() + "\t\t张副市长\t2021-09-30\t2021-12-31 全线贯通\n"
                + "推进垃圾分类\n";
        String page = refused(form().param("text", text));
        assertThat(page).contains("未导入，以下 7 处需要改正",
                "第1行：配合单位“不存在的局”不存在。",
                "第2行：完成时限“2021-02-30”不是日期",
                "第3行：责任领导不能为空", "第3行：完成时限 2020-12-31 已经过去。",
                "第4行：应有6或7列", "第5行：阶段节点“2021-12-31 全线贯通”晚于完成时限。",
                "第6行只有任务内容：请先选择默认的牵头单位", "改造老旧小区12个");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void workbooksWithMergedCellsFormulasAWrongHeaderOrNoWorkbookAtAllAreRefused() throws Exception {
        long before = count();
        MockMultipartFile merged = workbook(s -> {
            row(s, 1, "新建幼儿园3所", a.unitName(), "", "李副市长", "2021-08-31");
            row(s, 2, "改造老旧小区12个", "", "", "李副市长", "2021-09-30");
            s.addMergedRegion(new CellRangeAddress(1, 2, 2, 2));
        });
        assertThat(refused(form().file(merged))).contains("表格中有合并单元格（C2:C3）");

        MockMultipartFile formula = workbook(s -> {
            row(s, 1, "新建幼儿园3所", a.unitName(), "", "李副市长", "");
            s.getRow(1).getCell(5).setCellFormula("DATE(2021,8,31)");
        });
        assertThat(refused(form().file(formula))).contains("第2行：“完成时限”是公式");

        MockMultipartFile header = workbook(s -> s.getRow(0).getCell(2).setCellValue("责任单位"));
        assertThat(refused(form().file(header))).contains("第1行表头应为：序号、任务内容、牵头单位");

        MockMultipartFile garbage = new MockMultipartFile("file", "任务.xlsx", "application/octet-stream",
                "这不是表格".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(form("").file(garbage))).contains("文件不是有效的 .xlsx 工作簿",
                "请填写来源文件");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aGoodWorkbookWithDateCellsIsImportedWhole() throws Exception {
        long before = count();
        MockMultipartFile good = workbook(s -> {
            row(s, 1, "新建幼儿园3所", a.unitName(), b.unitName(), "李副市长", "2021年8月31日");
            row(s, 2, "改造老旧小区12个", b.unitName(), "", "李副市长", "");
            CellStyle date = s.getWorkbook().createCellStyle();
            date.setDataFormat(s.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            s.getRow(2).getCell(5).setCellValue(LocalDate.parse("2021-09-30"));
            s.getRow(2).getCell(5).setCellStyle(date);
        });
        desk.at("2021-03-01T09:00", supervisor, () -> {
            try {
                mvc.perform(form().file(good).with(as(supervisor)).with(csrf())).andExpect(status().isFound());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(count()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT deadline FROM supervised_task WHERE content = '改造老旧小区12个' AND lead_unit_id = ?")
                .param(b.unitId()).query(LocalDate.class).single()).isEqualTo(LocalDate.parse("2021-09-30"));
    }
}
