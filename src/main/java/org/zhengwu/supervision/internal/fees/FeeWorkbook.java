package org.zhengwu.supervision.internal.fees;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/**
 * A month's 稿酬 statement as .xlsx: a sheet per editor sums, one per unit sums, and one with every item; amounts in
 * yuan as numbers (two decimals), so a spreadsheet can add them up.
 */
public final class FeeWorkbook {

    private FeeWorkbook() {
    }

    public static void write(FeeStatement s, Function<String, String> t, LongFunction<String> unitName, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            List<String> sumHeaders = List.of(t.apply("fee.col.items"), t.apply("fee.col.characters"),
                    t.apply("fee.col.base"), t.apply("fee.col.bonus"), t.apply("fee.col.total"));
            sums(FigureSheet.create(wb, t.apply("fee.sheet.editors"), header(t.apply("fee.col.editor"), sumHeaders)),
                    s.perEditor(), s.total(t.apply("fee.total")), money, false, unitName);
            sums(FigureSheet.create(wb, t.apply("fee.sheet.units"), header(t.apply("fee.col.unit"), sumHeaders)),
                    s.perUnit(unitName), s.total(t.apply("fee.total")), money, true, unitName);
            FigureSheet items = FigureSheet.create(wb, t.apply("fee.sheet.items"), List.of(t.apply("fee.col.title"),
                    t.apply("fee.col.item"), t.apply("fee.col.published"), t.apply("fee.col.unit"),
                    t.apply("fee.col.editor"), t.apply("fee.col.characters"), t.apply("fee.col.base"),
                    t.apply("fee.col.bonus"), t.apply("fee.col.total")));
            int r = 1;
            for (FeeLine l : s.lines()) {
                Row row = items.row(r++, l.title());
                items.count(row, 1, l.itemId());
                row.createCell(2).setCellValue(l.publishedAt().toLocalDate().toString());
                row.createCell(3).setCellValue(unitName.apply(l.unitId()));
                row.createCell(4).setCellValue(l.editorName());
                items.count(row, 5, l.characters());
                money(row, 6, l.baseFen(), money);
                money(row, 7, l.bonusFen(), money);
                money(row, 8, l.totalFen(), money);
            }
            wb.write(out);
        }
    }

    private static List<String> header(String first, List<String> rest) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static void sums(FigureSheet sheet, List<FeeStatement.Sum> sums, FeeStatement.Sum total, CellStyle money,
                             boolean units, LongFunction<String> unitName) {
        int r = 1;
        for (FeeStatement.Sum s : sums) {
            sum(sheet, r++, units || s.unitId() == null ? s.name() : s.name() + "（" + unitName.apply(s.unitId()) + "）",
                    s, money);
        }
        sum(sheet, r, total.name(), total, money);
    }

    private static void sum(FigureSheet sheet, int index, String name, FeeStatement.Sum s, CellStyle money) {
        Row row = sheet.row(index, name);
        sheet.count(row, 1, s.items());
        sheet.count(row, 2, s.characters());
        money(row, 3, s.baseFen(), money);
        money(row, 4, s.bonusFen(), money);
        money(row, 5, s.totalFen(), money);
    }

    private static void money(Row row, int column, long fen, CellStyle style) {
        row.createCell(column).setCellValue(fen / 100.0);
        row.getCell(column).setCellStyle(style);
    }
}
