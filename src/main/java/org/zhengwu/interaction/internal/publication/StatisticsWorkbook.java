package org.zhengwu.interaction.internal.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics as an .xlsx workbook: a sheet per mailbox and one per unit, numbers as numbers (rates as fractions
 * formatted as percentages, so a spreadsheet can sum and chart them). A few dozen rows: no streaming needed.
 */
final class StatisticsWorkbook {

    private StatisticsWorkbook() {
    }

    static void write(StatisticsReport report, BiFunction<String, Object[], String> t, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Styles styles = new Styles(bold, percent, decimal);
            List<String> headers = StatisticsReport.HEADER_KEYS.stream().map(k -> t.apply(k, new Object[0])).toList();
            List<StatisticsReport.Line> boxes = new java.util.ArrayList<>(report.perMailbox());
            boxes.add(report.total().named(t.apply("interaction.statistics.total", new Object[0])));
            sheet(workbook.createSheet(t.apply("interaction.statistics.per-mailbox", new Object[0])),
                    StatisticsReport.withName(t.apply("interaction.statistics.mailbox", new Object[0]), headers), boxes,
                    styles);
            sheet(workbook.createSheet(t.apply("interaction.statistics.per-unit", new Object[0])),
                    StatisticsReport.withName(t.apply("interaction.statistics.unit", new Object[0]), headers),
                    report.perUnit(), styles);
            workbook.write(out);
        }
    }

    private record Styles(CellStyle bold, CellStyle percent, CellStyle decimal) {
    }

    private static void sheet(Sheet sheet, List<String> headers, List<StatisticsReport.Line> lines, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(styles.bold());
        }
        sheet.createFreezePane(1, 1);
        int r = 1;
        for (StatisticsReport.Line l : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(l.name());
            row.createCell(1).setCellValue(l.received());
            row.createCell(2).setCellValue(l.answered());
            row.createCell(3).setCellValue(l.onTime());
            number(row, 4, l.onTimeRate(), styles.percent());
            number(row, 5, l.averageDays(), styles.decimal());
            row.createCell(6).setCellValue(l.satisfied());
            row.createCell(7).setCellValue(l.basicallySatisfied());
            row.createCell(8).setCellValue(l.dissatisfied());
            number(row, 9, l.satisfactionRate(), styles.percent());
        }
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, i == 0 ? 24 * 256 : 12 * 256);
        }
    }

    /** A figure that may be missing (no letters answered, no ratings): an empty cell then. */
    private static void number(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
