package org.zhengwu.services.internal.rating;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/**
 * The year's figures as an .xlsx for staff: one row per unit and a total, on a {@link FigureSheet} like the
 * letters' statistics. The column titles are {@link #HEADER_KEYS}.
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
            FigureSheet sheet = FigureSheet.create(workbook, t.apply("service.stats.title") + " " + figures.year(),
                    HEADER_KEYS.stream().map(t).toList());
            int r = 1;
            for (ServiceFigures.Line l : figures.units()) {
                line(sheet, r++, l.unit(), l);
            }
            line(sheet, r, t.apply("service.stats.total"), figures.total());
            workbook.write(out);
        }
    }

    private static void line(FigureSheet sheet, int r, String label, ServiceFigures.Line l) {
        Row row = sheet.row(r, label);
        sheet.count(row, 1, l.received());
        sheet.count(row, 2, l.handled());
        sheet.percent(row, 3, l.onTimeRate());
        sheet.decimal(row, 4, l.averageWorkingDays());
        sheet.count(row, 5, l.overdue());
        sheet.count(row, 6, l.rated());
        sheet.percent(row, 7, l.satisfaction());
        sheet.count(row, 8, l.bad());
        sheet.count(row, 9, l.rectified());
    }
}
