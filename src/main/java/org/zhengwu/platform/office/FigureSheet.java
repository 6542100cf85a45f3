package org.zhengwu.platform.office;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A sheet of figures as the statistics workbooks write them: a bold, frozen header row, numbers as numbers, rates as
 * fractions formatted as percentages and averages with one decimal, so a spreadsheet can sum and chart them; a
 * figure that is missing (nothing to divide) is an empty cell.
 */
public final class FigureSheet {

    private final Sheet sheet;
    private final CellStyle percent;
    private final CellStyle decimal;

    private FigureSheet(Sheet sheet, CellStyle percent, CellStyle decimal) {
        this.sheet = sheet;
        this.percent = percent;
        this.decimal = decimal;
    }

    /** A new sheet with its header row; the first column (the names) is 24 characters wide, the others 12. */
    public static FigureSheet create(Workbook workbook, String name, List<String> headers) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        CellStyle decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setColumnWidth(i, i == 0 ? 24 * 256 : 12 * 256);
        }
        sheet.createFreezePane(1, 1);
        return new FigureSheet(sheet, percent, decimal);
    }

    /** Row {@code index} (1 is the first under the header), its name in the first column. */
    public Row row(int index, String name) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(name);
        return row;
    }

    public void count(Row row, int column, long value) {
        row.createCell(column).setCellValue(value);
    }

    /** A share (0.95 shown as 95.0%), or an empty cell when null. */
    public void percent(Row row, int column, Double value) {
        styled(row, column, value, percent);
    }

    /** An average (3.5), or an empty cell when null. */
    public void decimal(Row row, int column, Double value) {
        styled(row, column, value, decimal);
    }

    private static void styled(Row row, int column, Double value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
