package org.zhengwu.cases.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhengwu.platform.web.Ui;

/**
 * A ledger (台账) as an .xlsx workbook, written with POI's streaming SXSSF (a window of rows in memory, the rest in a
 * temporary file): a title row, a header row that stays in view and carries the autofilter, then one row per case
 * with dates as Excel dates.
 */
final class LedgerWorkbook implements AutoCloseable {

    /** One sheet holds 1,048,576 rows; beyond this the export says so in its last row. */
    static final int MAX_ROWS = 1_000_000;
    static final String[] HEADER_KEYS = {"cases.field.reference", "cases.field.subject", "cases.field.type",
            "cases.ledger.category", "cases.field.unit", "cases.field.handler", "cases.field.state",
            "cases.field.opened", "cases.field.assigned", "cases.field.deadline", "cases.field.closed",
            "cases.ledger.working-days", "cases.ledger.on-time", "cases.ledger.extension", "cases.ledger.clock"};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle day;
    private final CellStyle minute;
    private final Ui ui;
    private int rows;
    private boolean truncated;

    LedgerWorkbook(Ui ui, String title) {
        this.ui = ui;
        sheet = workbook.createSheet(ui.t("cases.ledger.sheet"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        day = workbook.createCellStyle();
        day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        minute = workbook.createCellStyle();
        minute.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        Cell t = sheet.createRow(rows++).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(bold);
        Row header = sheet.createRow(rows++);
        for (int i = 0; i < HEADER_KEYS.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(ui.t(HEADER_KEYS[i]));
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 2);
    }

    void add(LedgerRow r) {
        if (rows > MAX_ROWS) {
            truncated = true;
            return;
        }
        Row row = sheet.createRow(rows++);
        row.createCell(0).setCellValue(r.reference());
        row.createCell(1).setCellValue(r.subject());
        row.createCell(2).setCellValue(r.type());
        row.createCell(3).setCellValue(r.category());
        row.createCell(4).setCellValue(r.unit());
        row.createCell(5).setCellValue(r.handler());
        row.createCell(6).setCellValue(r.state());
        time(row, 7, r.opened() == null ? null : r.opened().toLocalDateTime());
        date(row, 8, r.assigned());
        date(row, 9, r.deadline());
        time(row, 10, r.closed() == null ? null : r.closed().toLocalDateTime());
        if (r.workingDays() != null) {
            row.createCell(11).setCellValue(r.workingDays());
        }
        row.createCell(12).setCellValue(r.onTime());
        if (r.extended() > 0) {
            row.createCell(13).setCellValue(r.extended());
        }
        if (r.paused()) {
            row.createCell(14).setCellValue(ui.t("cases.paused.tag"));
        }
    }

    void write(OutputStream out) throws IOException {
        int last = rows - 1;
        if (truncated) {
            sheet.createRow(rows).createCell(0).setCellValue(ui.t("cases.ledger.truncated", MAX_ROWS));
        }
        sheet.setAutoFilter(new CellRangeAddress(1, last, 0, HEADER_KEYS.length - 1));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also removes the temporary files
    }

    private void date(Row row, int col, LocalDate value) {
        if (value != null) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(day);
        }
    }

    private void time(Row row, int col, LocalDateTime value) {
        if (value != null) {
            Cell c = row.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(minute);
        }
    }
}
