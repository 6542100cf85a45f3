package org.zhengwu.interaction.internal.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/**
 * The statistics as an .xlsx workbook: a sheet per mailbox and one per unit, each a {@link FigureSheet} (numbers as
 * numbers, rates as percentages). A few dozen rows: no streaming needed.
 */
final class StatisticsWorkbook {

    private StatisticsWorkbook() {
    }

    static void write(StatisticsReport report, BiFunction<String, Object[], String> t, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            List<String> headers = StatisticsReport.HEADER_KEYS.stream().map(k -> t.apply(k, new Object[0])).toList();
            List<StatisticsReport.Line> boxes = new java.util.ArrayList<>(report.perMailbox());
            boxes.add(report.total().named(t.apply("interaction.statistics.total", new Object[0])));
            sheet(FigureSheet.create(workbook, t.apply("interaction.statistics.per-mailbox", new Object[0]),
                    StatisticsReport.withName(t.apply("interaction.statistics.mailbox", new Object[0]), headers)), boxes);
            sheet(FigureSheet.create(workbook, t.apply("interaction.statistics.per-unit", new Object[0]),
                    StatisticsReport.withName(t.apply("interaction.statistics.unit", new Object[0]), headers)),
                    report.perUnit());
            workbook.write(out);
        }
    }

    private static void sheet(FigureSheet sheet, List<StatisticsReport.Line> lines) {
        int r = 1;
        for (StatisticsReport.Line l : lines) {
            Row row = sheet.row(r++, l.name());
            sheet.count(row, 1, l.received());
            sheet.count(row, 2, l.answered());
            sheet.count(row, 3, l.onTime());
            sheet.percent(row, 4, l.onTimeRate());
            sheet.decimal(row, 5, l.averageDays());
            sheet.count(row, 6, l.satisfied());
            sheet.count(row, 7, l.basicallySatisfied());
            sheet.count(row, 8, l.dissatisfied());
            sheet.percent(row, 9, l.satisfactionRate());
        }
    }
}
