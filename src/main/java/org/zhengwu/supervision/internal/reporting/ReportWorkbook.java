package org.zhengwu.supervision.internal.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;
import org.zhengwu.supervision.ReportField;

/**
 * A form's figures as .xlsx: sheet 分单位 (one row per unit and the total), sheet 分期 (one row per period and the
 * total); for each figure its sum (合计) and its average per report (平均), as numbers a spreadsheet can work with.
 */
public final class ReportWorkbook {

    private ReportWorkbook() {
    }

    public static void write(ReportOverview.Aggregate a, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheet(workbook, "分单位", "单位", a.figures(), a.byUnit(), a.total());
            sheet(workbook, "分期", "期别", a.figures(), a.byPeriod(), a.total());
            workbook.write(out);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, String first, List<ReportField> figures,
                              List<ReportOverview.FigureRow> rows, ReportOverview.FigureRow total) {
        List<String> headers = new ArrayList<>(List.of(first, "报表份数"));
        for (ReportField f : figures) {
            headers.add(f.label() + "（合计）");
            headers.add(f.label() + "（平均）");
        }
        FigureSheet sheet = FigureSheet.create(workbook, name, headers);
        int index = 1;
        for (ReportOverview.FigureRow r : rows) {
            write(sheet, sheet.row(index++, r.label()), figures, r);
        }
        write(sheet, sheet.row(index, total.label()), figures, total);
    }

    private static void write(FigureSheet sheet, Row row, List<ReportField> figures, ReportOverview.FigureRow r) {
        sheet.count(row, 1, r.reports());
        int column = 2;
        for (ReportField f : figures) {
            row.createCell(column++).setCellValue(r.sum(f.key()).doubleValue());
            BigDecimal average = r.average(f.key());
            sheet.decimal(row, column++, average == null ? null : average.doubleValue());
        }
    }
}
