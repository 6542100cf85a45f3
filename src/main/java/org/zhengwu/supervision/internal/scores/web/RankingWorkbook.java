package org.zhengwu.supervision.internal.scores.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhengwu.platform.office.FigureSheet;
import org.zhengwu.supervision.internal.scores.MonthRanking;
import org.zhengwu.supervision.internal.scores.ScoreItem;
import org.zhengwu.supervision.internal.scores.UnitScore;

/** The month's ranking as .xlsx: a row per unit with its place, each item's points and the total. */
final class RankingWorkbook {

    private RankingWorkbook() {
    }

    static void write(MonthRanking ranking, Function<String, String> t, OutputStream out) throws IOException {
        List<String> headers = new ArrayList<>(List.of(t.apply("scores.col.unit"), t.apply("scores.col.rank")));
        for (ScoreItem item : ScoreItem.values()) {
            headers.add(t.apply(item.labelKey()) + "（" + ranking.weights().of(item) + "）");
        }
        headers.add(t.apply("scores.col.total"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FigureSheet sheet = FigureSheet.create(workbook, ranking.month().toString(), headers);
            int index = 1;
            for (UnitScore s : ranking.scores()) {
                Row row = sheet.row(index++, s.figures().unitName());
                sheet.count(row, 1, s.rank());
                int column = 2;
                for (ScoreItem item : ScoreItem.values()) {
                    sheet.decimal(row, column++, s.points().get(item));
                }
                sheet.decimal(row, column, s.total());
            }
            workbook.write(out);
        }
    }
}
