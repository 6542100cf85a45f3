package org.zhengwu.supervision.internal.investment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;

/** The month's ranking of units as .xlsx: the dashboard's table, numbers as numbers and rates as percentages. */
public final class RankingWorkbook {

    static final List<String> HEADER = List.of("单位", "排名", "签约项目", "合同引资（万元）", "到位资金（万元）", "开工项目",
            "综合完成率", "序时进度", "履约率", "资金到位率", "开工率", "停滞项目");

    private RankingWorkbook() {
    }

    public static void write(Standings.Board board, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            FigureSheet sheet = FigureSheet.create(book, board.month().getYear() + "年" + board.month().getMonthValue()
                    + "月排名", HEADER);
            int n = 1;
            for (Standings.Standing u : board.units()) {
                Row row = sheet.row(n++, u.unitName());
                sheet.count(row, 1, u.rank());
                sheet.count(row, 2, u.signed());
                row.createCell(3).setCellValue(u.contracted().doubleValue());
                row.createCell(4).setCellValue(u.inPlace().doubleValue());
                sheet.count(row, 5, u.started());
                sheet.percent(row, 6, u.overall());
                sheet.percent(row, 7, board.schedule());
                sheet.percent(row, 8, u.performanceRate());
                sheet.percent(row, 9, u.fundsRate());
                sheet.percent(row, 10, u.startRate());
                sheet.count(row, 11, u.stalled());
            }
            book.write(out);
            book.dispose();
        }
    }
}
