package org.zhengwu.audit.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhengwu.audit.AuditRecord;

/**
 * An export of audit records as an .xlsx workbook, written with POI's streaming SXSSF: only a window of rows is kept
 * in memory, the rest goes to a temporary file, so a million records need no more heap than a hundred.
 */
final class AuditWorkbook implements AutoCloseable {

    /** One sheet holds 1,048,576 rows; beyond this the export says so in its last row. */
    static final int MAX_ROWS = 1_000_000;
    static final String[] HEADERS = {"序号", "时间", "操作人", "角色", "来源地址", "操作", "结果", "对象类型", "对象编号",
            "单位编号", "详情", "哈希", "封存", "封存值"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet = workbook.createSheet("审计日志");
    private int rows;
    private boolean truncated;

    AuditWorkbook() {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(rows++);
        for (int i = 0; i < HEADERS.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(HEADERS[i]);
            c.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    void add(AuditRecord r) {
        if (rows > MAX_ROWS) {
            truncated = true;
            return;
        }
        Row row = sheet.createRow(rows++);
        row.createCell(0).setCellValue(r.seq());
        row.createCell(1).setCellValue(r.occurredAt().atZoneSameInstant(CHINA).format(TIME));
        row.createCell(2).setCellValue(r.actorName());
        text(row, 3, r.actorRole());
        text(row, 4, r.remoteAddress());
        row.createCell(5).setCellValue(r.action());
        row.createCell(6).setCellValue(r.outcome() == AuditRecord.Outcome.DONE ? "完成" : "拒绝");
        text(row, 7, r.targetType());
        text(row, 8, r.targetId());
        if (r.unitId() != null) {
            row.createCell(9).setCellValue(r.unitId());
        }
        text(row, 10, r.detail());
        row.createCell(11).setCellValue(r.hash());
        text(row, 12, r.seal());
        text(row, 13, r.mac());
    }

    void write(OutputStream out) throws IOException {
        if (truncated) {
            sheet.createRow(rows).createCell(0).setCellValue("记录超过 " + MAX_ROWS + " 条，其余未导出：请缩小时间范围后分批导出");
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also removes the temporary files
    }

    private static void text(Row row, int col, String value) {
        if (value != null) {
            // a value starting with = + - @ would be a formula to a spreadsheet: POI writes it as text anyway
            row.createCell(col).setCellValue(value);
        }
    }
}
