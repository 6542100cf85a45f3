package org.zhengwu.supervision.internal.tasks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 督办事项台账 in the layout offices use: 序号, 任务内容, 牵头单位, 配合单位, 责任领导, 完成时限, 进展情况, 状态; the
 * 进展情况 the latest report (its period, and the reason when 滞后), the 状态 the task's state and mark in words.
 */
public final class TaskLedger {

    static final List<String> HEADER = List.of("序号", "任务内容", "牵头单位", "配合单位", "责任领导", "完成时限", "进展情况", "状态");

    private TaskLedger() {
    }

    /** @param status a row's 状态 in words */
    public static void write(List<TaskViews.Row> rows, LongFunction<String> unitName,
                             java.util.function.Function<TaskViews.Row, String> status, OutputStream out)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("督办事项台账");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            Row header = sheet.createRow(0);
            int[] widths = {6, 40, 16, 20, 10, 12, 40, 12};
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int n = 1;
            for (TaskViews.Row r : rows) {
                SupervisedTask t = r.task();
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue(t.content());
                row.createCell(2).setCellValue(unitName.apply(t.leadUnitId()));
                row.createCell(3).setCellValue(String.join("、", t.cooperating().stream().map(unitName::apply).toList()));
                row.createCell(4).setCellValue(t.leader());
                row.createCell(5).setCellValue(t.deadline().toString());
                row.createCell(6).setCellValue(progress(t, r.latest()));
                row.createCell(7).setCellValue(status.apply(r));
                row.getCell(1).setCellStyle(wrap);
                row.getCell(6).setCellStyle(wrap);
                n++;
            }
            book.write(out);
        }
    }

    private static String progress(SupervisedTask t, SupervisedTask.Progress p) {
        if (p == null) {
            return "";
        }
        return t.cycle().label(p.periodStart()) + "：" + p.progress()
                + (p.reason() == null ? "" : "（滞后原因：" + p.reason() + "）");
    }
}
