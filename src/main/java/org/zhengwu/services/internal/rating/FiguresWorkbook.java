package org.zhengwu.services.internal.rating;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The year's figures as an .xlsx for staff: one row per unit and a total, numbers as numbers (rates as fractions
 * formatted as percentages) so a spreadsheet can sum and chart them. The column titles are {@link #HEADER_KEYS}.
 */
public final class FiguresWorkbook {

    public static final List<String> HEADER_KEYS = List.of("service.stats.col.unit", "service.stats.col.received",
            "service.stats.col.handled", "service.stats.col.on-time", "service.stats.col.days",
            "service.stats.col.overdue", "service.stats.col.rated", "service.stats.col.satisfaction",
            "service.stats.col.bad", "service.stats.col.rectified");

    private FiguresWorkbook() {
    }

    /** @param t a message key to its text */
    public static void write(ServiceFigures.Figures figures, Function<String, String> t, OutputStream out)
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
            Sheet sheet = workbook.createSheet(t.apply("service.stats.title") + " " + figures.year());
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER_KEYS.size(); i++) {
                header.createCell(i).setCellValue(t.apply(HEADER_KEYS.get(i)));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, i == 0 ? 24 * 256 : 12 * 256);
            }
            sheet.createFreezePane(1, 1);
            List<ServiceFigures.Line> lines = new ArrayList<>(figures.units());
            ServiceFigures.Line total = figures.total();
            lines.add(new ServiceFigures.Line(t.apply("service.stats.total"), total.received(), total.handled(),
                    total.onTimeRate(), total.averageWorkingDays(), total.overdue(), total.rated(), total.good(),
                    total.bad(), total.rectified()));
            int r = 1;
            for (ServiceFigures.Line l : lines) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.unit());
                row.createCell(1).setCellValue(l.received());
                row.createCell(2).setCellValue(l.handled());
                number(row, 3, l.onTimeRate(), percent);
                number(row, 4, l.averageWorkingDays(), decimal);
                row.createCell(5).setCellValue(l.overdue());
                row.createCell(6).setCellValue(l.rated());
                number(row, 7, l.satisfaction(), percent);
                row.createCell(8).setCellValue(l.bad());
                row.createCell(9).setCellValue(l.rectified());
            }
            workbook.write(out);
        }
    }

    /** A figure that may be missing (nothing handled, nothing rated): an empty cell then. */
    private static void number(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
