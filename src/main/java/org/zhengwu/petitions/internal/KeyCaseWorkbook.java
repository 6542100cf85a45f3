package org.zhengwu.petitions.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The ledger of key cases (重点信访案件台账) as .xlsx in the layout petition offices keep: a title row, the date it was
 * drawn up, then one row per case: 序号, 信访件编号, 信访事项, 包案领导, 职务, 责任单位, 化解状态, 列为重点日期, 已历时(天),
 * 最近一次工作日期, 最近一次工作情况.
 */
public final class KeyCaseWorkbook {

    static final List<String> HEADERS = List.of("序号", "信访件编号", "信访事项", "包案领导", "职务", "责任单位", "化解状态",
            "列为重点日期", "已历时(天)", "最近一次工作日期", "最近一次工作情况");

    private KeyCaseWorkbook() {
    }

    /** The workbook's bytes; {@code resolution} gives the words of a resolution state. */
    public static byte[] write(List<KeyCase.LedgerLine> lines, LongFunction<String> unitName,
                               java.util.function.Function<KeyCase.Resolution, String> resolution, LocalDate today) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("重点信访案件台账");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("重点信访案件台账");
            title.getCell(0).setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));
            sheet.createRow(1).createCell(0).setCellValue("统计日期：" + today);
            Row h = sheet.createRow(2);
            for (int i = 0; i < HEADERS.size(); i++) {
                h.createCell(i).setCellValue(HEADERS.get(i));
                h.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 2 || i == 10 ? 40 : 14) * 256);
            }
            sheet.createFreezePane(0, 3);
            int n = 3;
            for (KeyCase.LedgerLine l : lines) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(n - 2);
                row.createCell(1).setCellValue(l.reference());
                row.createCell(2).setCellValue(l.subject());
                row.createCell(3).setCellValue(l.leaderName());
                row.createCell(4).setCellValue(l.leaderTitle());
                row.createCell(5).setCellValue(unitName.apply(l.unitId()));
                row.createCell(6).setCellValue(resolution.apply(l.resolution()));
                row.createCell(7).setCellValue(l.markedOn().toString());
                row.createCell(8).setCellValue(l.daysOpen());
                row.createCell(9).setCellValue(l.lastActionOn() == null ? "" : l.lastActionOn().toString());
                row.createCell(10).setCellValue(l.lastAction());
                n++;
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
