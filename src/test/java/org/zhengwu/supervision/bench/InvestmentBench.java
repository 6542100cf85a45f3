package org.zhengwu.supervision.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.UnitKind;
import org.zhengwu.supervision.SupervisionDesk;
import org.zhengwu.supervision.internal.investment.InvestmentBoard;
import org.zhengwu.supervision.internal.investment.LedgerImport;

/**
 * The investment pipeline's two figures (bench/investment.sh; excluded from the suite unless
 * -Dzhengwu.bench.investment=true): the import of a 10,000-row ledger against Apache POI's plain streaming read of
 * the same rows (SAX over the sheet XML, every cell as text), as a ratio of medians; and the dashboard's queries
 * (targets, counts, sums, stalled, and the ranking) with 5,000 projects of 137 units and a year of months, p95.
 */
@ZhengwuTest
@EnabledIfSystemProperty(named = "zhengwu.bench.investment", matches = "true")
class InvestmentBench {

    private static final int ROWS = Integer.getInteger("zhengwu.bench.rows", 10_000);
    private static final int ROUNDS = Integer.getInteger("zhengwu.bench.rounds", 5);
    private static final int UNITS = 137;
    private static final int PROJECTS = 5_000;
    private static final int BOARDS = Integer.getInteger("zhengwu.bench.boards", 200);

    @Autowired
    SupervisionDesk desk;
    @Autowired
    LedgerImport ledgerImport;
    @Autowired
    InvestmentBoard board;
    @Autowired
    SiteAdministration sites;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importAgainstPoiStreamingAndDashboardP95() throws Exception {
        StringBuilder report = new StringBuilder();
        long[] poi = new long[ROUNDS];
        long[] ours = new long[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            byte[] xlsx = ledger(r);
            long t0 = System.nanoTime();
            int cells = poiStreamingRead(new ByteArrayInputStream(xlsx));
            poi[r] = System.nanoTime() - t0;
            assertThat(cells).isEqualTo((ROWS + 1) * 10 - ROWS);
            SupervisionDesk.UnitStaff unit = desk.unit();
            long t1 = System.nanoTime();
            int n = desk.at("2026-06-30T10:00", unit.editor(),
                    () -> ledgerImport.importLedger(new ByteArrayInputStream(xlsx), LedgerImport.defaultMapping()));
            ours[r] = System.nanoTime() - t1;
            assertThat(n).isEqualTo(ROWS);
        }
        double poiMs = median(poi) / 1e6;
        double oursMs = median(ours) / 1e6;
        report.append(String.format(Locale.ROOT, "ledger import, %d rows, median of %d rounds: POI streaming read "
                + "%.0f ms, import (read, check, store) %.0f ms, ratio %.1f%n", ROWS, ROUNDS, poiMs, oursMs,
                oursMs / poiMs));
        System.out.print(report);

        seedBoard();
        long[] times = new long[BOARDS];
        var supervisor = desk.supervisor();
        for (int i = 0; i < BOARDS; i++) {
            YearMonth m = YearMonth.of(2025, 1 + i % 12);
            long t0 = System.nanoTime();
            int units = desk.at("2025-12-31T10:00", supervisor, () -> board.board(m).units().size());
            times[i] = System.nanoTime() - t0;
            assertThat(units).isGreaterThanOrEqualTo(UNITS);
        }
        Arrays.sort(times);
        report.append(String.format(Locale.ROOT, "dashboard, %d projects of %d units, 12 months each, %d boards: "
                        + "p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", PROJECTS, UNITS, BOARDS, times[BOARDS / 2] / 1e6,
                times[(int) Math.ceil(BOARDS * 0.95) - 1] / 1e6, times[BOARDS - 1] / 1e6));
        System.out.print(report);
        String out = System.getProperty("zhengwu.bench.out");
        if (out != null) {
            Files.writeString(Path.of(out), report, StandardCharsets.UTF_8);
        }
    }

    /** A ledger in the export's layout; the unit column left empty (the importing unit's). */
    private static byte[] ledger(int round) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("项目台账");
            Row h = sheet.createRow(0);
            String[] header = {"项目名称", "投资方", "所属行业", "项目来源", "总投资（万元）", "责任单位", "包联领导", "项目阶段",
                "阶段日期", "佐证材料"};
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            String[] stages = {"线索", "洽谈", "签约", "注册", "开工", "投产"};
            String[] sources = {"省外", "境外", "省内"};
            for (int i = 1; i <= ROWS; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("项目" + round + "-" + i);
                row.createCell(1).setCellValue("投资方" + (i % 997));
                row.createCell(2).setCellValue("装备制造");
                row.createCell(3).setCellValue(sources[i % 3]);
                row.createCell(4).setCellValue(1000 + i % 50000);
                row.createCell(6).setCellValue("张副县长");
                row.createCell(7).setCellValue(stages[i % 6]);
                row.createCell(8).setCellValue(LocalDate.of(2026, 1, 1).plusDays(i % 180).toString());
                row.createCell(9).setCellValue("合同编号 " + i);
            }
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    /** The baseline: POI's event API over the first sheet, every cell formatted as text, nothing kept. */
    private static int poiStreamingRead(InputStream in) throws Exception {
        int[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XMLReader xml = SAXParserFactory.newDefaultNSInstance().newSAXParser().getXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                    new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            cells[0]++;
                        }
                    }, false));
            try (InputStream sheet = reader.getSheetsData().next()) {
                xml.parse(new InputSource(sheet));
            }
        }
        return cells[0];
    }

    /** 137 units with targets, 5,000 projects across them with their stage changes, 12 months each. */
    private void seedBoard() {
        List<Long> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(sites.addUnit("bench" + u, "招商测试单位" + u, UnitKind.values()[0]).id());
        }
        for (long u : units) {
            jdbc.update("INSERT INTO investment_target (unit_id, target_year, signed_projects, contracted, in_place, "
                    + "started_projects) VALUES (?, 2025, 20, 50000, 30000, 10)", u);
        }
        String[] stages = {"LEAD", "NEGOTIATING", "SIGNED", "REGISTERED", "STARTED", "PRODUCING"};
        List<Object[]> projects = new ArrayList<>();
        for (int i = 0; i < PROJECTS; i++) {
            String stage = stages[i % 6];
            LocalDate on = LocalDate.of(2025, 1, 1).plusDays(i % 330);
            boolean signed = i % 6 >= 2;
            boolean registered = i % 6 >= 3;
            boolean started = i % 6 >= 4;
            projects.add(new Object[] {"看板项目" + i, "看板投资方" + i, "新能源", "OUT_OF_PROVINCE",
                new BigDecimal("10000.00"), units.get(i % UNITS), "王副县长", stage, on, signed ? on : null,
                registered ? on : null, started ? on : null});
        }
        jdbc.batchUpdate("INSERT INTO investment_project (name, investor, industry, source, amount, unit_id, leader, "
                + "stage, stage_on, signed_on, registered_on, started_on, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)", projects);
        jdbc.update("INSERT INTO investment_stage_change (project_id, stage, changed_on, evidence, recorded_by, "
                + "recorded_at) SELECT id, stage, stage_on, '基准', 'bench', CURRENT_TIMESTAMP FROM investment_project "
                + "WHERE name LIKE '看板项目%'");
        List<Map<String, Object>> signed = jdbc.queryForList(
                "SELECT id FROM investment_project WHERE name LIKE '看板项目%' AND signed_on IS NOT NULL");
        List<Object[]> months = new ArrayList<>();
        for (Map<String, Object> p : signed) {
            for (int m = 1; m <= 12; m++) {
                months.add(new Object[] {((Number) p.get("ID")).longValue(), LocalDate.of(2025, m, 1),
                    new BigDecimal(m == 1 ? "5000.00" : "0.00"), new BigDecimal("300.00")});
            }
        }
        jdbc.batchUpdate("INSERT INTO investment_month (project_id, month_start, contracted, in_place) "
                + "VALUES (?, ?, ?, ?)", months);
        // the units' month sums, as V43 back-fills them (months entered one by one keep them through ProjectStore)
        jdbc.update("INSERT INTO investment_unit_month (unit_id, month_start, contracted, in_place) "
                + "SELECT p.unit_id, m.month_start, SUM(m.contracted), SUM(m.in_place) FROM investment_month m "
                + "JOIN investment_project p ON p.id = m.project_id WHERE p.name LIKE '看板项目%' "
                + "GROUP BY p.unit_id, m.month_start");
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
