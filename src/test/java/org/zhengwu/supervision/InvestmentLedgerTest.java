package org.zhengwu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

/**
 * A unit imports its project ledger from .xlsx with a column mapping, all or nothing: a good file is stored and
 * exported again in the same layout; a file with wrong columns, bad numbers and dates, duplicate projects, a formula
 * and merged cells is refused with every problem named by its row in Chinese, and nothing of it is stored.
 */
@ZhengwuTest
class InvestmentLedgerTest {

    static final List<String> HEADER = List.of("项目名称", "投资方", "所属行业", "项目来源", "总投资（万元）", "责任单位",
            "包联领导", "项目阶段", "阶段日期", "佐证材料");

    @Autowired
    MockMvc mvc;
    @Autowired
    SupervisionDesk desk;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.zhengwu.sites.SiteDirectory sites;

    SupervisionDesk.UnitStaff unit;

    @BeforeEach
    void setUp() {
        unit = desk.unit();
    }

    private static byte[] workbook(List<List<Object>> rows, java.util.function.Consumer<Sheet> more) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("台账");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            more.accept(sheet);
            book.write(out);
            return out.toByteArray();
        }
    }

    private MockMultipartHttpServletRequestBuilder upload(byte[] xlsx) {
        return multipart("/admin/supervision/investment/import")
                .file(new MockMultipartFile("file", "台账.xlsx", "application/octet-stream", xlsx));
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM investment_project WHERE unit_id = ?").param(unit.unitId())
                .query(Long.class).single();
    }

    private static List<Object> row(String name, String investor, Object amount, String stage, String on) {
        return List.of(name, investor, "装备制造", "省外", amount, "", "张副区长", stage, on, "");
    }

    @Test
    void aGoodLedgerIsStoredAndExportedInTheSameLayout() throws Exception {
        byte[] xlsx = workbook(List.of(HEADER.stream().map(h -> (Object) h).toList(),
                row("智能装备产业园", "甲集团", 30000, "签约", "2025-03-02"),
                row("精密铸造项目", "乙公司", "8500.5", "洽谈", "2025/4/1"),
                row("物流分拨中心", "丙物流", 12000, "线索", "2025.5.6")), s -> { });
        var req = upload(xlsx);
        "ABCDEFGHIJ".chars().forEach(c -> req.param("col." + List.of("name", "investor", "industry", "source", "amount",
                "unit", "leader", "stage", "stageOn", "evidence").get(c - 'A'), String.valueOf((char) c)));
        mvc.perform(req.with(as(unit.editor())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stored()).isEqualTo(3);

        byte[] out = mvc.perform(get("/admin/supervision/investment/ledger.xlsx").with(as(unit.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            Sheet sheet = book.getSheet("项目台账");
            for (int c = 0; c < HEADER.size(); c++) {
                assertThat(sheet.getRow(0).getCell(c).getStringCellValue()).isEqualTo(HEADER.get(c));
            }
            Row second = sheet.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("精密铸造项目");
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(8500.5);
            assertThat(second.getCell(5).getStringCellValue()).isEqualTo(sites.unit(unit.unitId()).orElseThrow().name());
            assertThat(second.getCell(7).getStringCellValue()).isEqualTo("洽谈");
            assertThat(second.getCell(8).getStringCellValue()).isEqualTo("2025-04-01");
            assertThat(second.getCell(9).getStringCellValue()).isEqualTo("台账导入");
        }
    }

    @Test
    void aLedgerWithWrongColumnsNumbersDatesDuplicatesFormulasAndMergedCellsIsRefusedRowByRow() throws Exception {
        byte[] first = workbook(List.of(HEADER.stream().map(h -> (Object) h).toList(),
                row("已有项目", "丁公司", 100, "签约", "2025-01-05")), s -> { });
        mvc.perform(upload(first).with(as(unit.editor())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(stored()).isEqualTo(1);

        byte[] bad = workbook(List.of(HEADER.stream().map(h -> (Object) h).toList(),
                row("风电项目", "戊能源", "五千", "签约", "2025-02-30"),
                row("已有项目", "丁公司", 100, "签约", "2025-01-05"),
                row("光伏项目", "己公司", 200, "开业", "2025-03-01"),
                row("光伏项目", "己公司", 200, "签约", "2025-03-01"),
                row("储能项目", "庚公司", 0, "签约", "2025-03-01"),
                row("合并单元格", "辛公司", 1, "签约", "2025-03-01"),
                row("合并单元格", "", 1, "签约", "2025-03-01")), s -> {
                    s.getRow(5).getCell(4).setCellFormula("100*2");
                    s.addMergedRegion(new CellRangeAddress(6, 7, 0, 0));
                });
        String html = mvc.perform(upload(bad).with(as(unit.editor())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(
                "第7行：表格中有合并单元格（A7:A8），请取消合并、每行填完整后再导入。",
                "第2行：“总投资（万元）”须为不小于 0 的金额（万元），最多两位小数，“五千”不行。",
                "第2行：“阶段日期”须为日期，如 2027-03-15，“2025-02-30”不是日期。",
                "第3行：项目库里已有投资方“丁公司”的“已有项目”。",
                "第4行：“项目阶段”只能填线索、洽谈、签约、注册、开工、投产，“开业”不在其中。",
                "第6行：“总投资（万元）”是公式，请改为数值后再导入。");
        assertThat(stored()).isEqualTo(1);

        // Row 5 repeats row 4 once row 4 is right; and a mapping that puts 总投资 on the column of 所属行业.
        byte[] twice = workbook(List.of(HEADER.stream().map(h -> (Object) h).toList(),
                row("光伏项目", "己公司", 200, "签约", "2025-03-01"),
                row("光伏项目", "己公司", 300, "签约", "2025-03-01")), s -> { });
        html = mvc.perform(upload(twice).with(as(unit.editor())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("第3行：与第2行是同一个项目（项目名称和投资方相同）。");
        html = mvc.perform(upload(twice).param("col.amount", "C").param("col.industry", "E").with(as(unit.editor()))
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("第1行：C列的表头是“所属行业”，不是“总投资（万元）”，请检查列对应。",
                "第1行：E列的表头是“总投资（万元）”，不是“所属行业”，请检查列对应。", "value=\"C\"");
        html = mvc.perform(upload("不是表格".getBytes(StandardCharsets.UTF_8)).with(as(unit.editor())).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("文件不是有效的 .xlsx 工作簿。");
        assertThat(stored()).isEqualTo(1);
    }
}
