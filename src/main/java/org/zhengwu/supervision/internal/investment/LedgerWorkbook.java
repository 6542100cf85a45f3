package org.zhengwu.supervision.internal.investment;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The project ledger as .xlsx in the import's layout ({@link LedgerLayout}): a file exported here imports again with
 * the default mapping; the last two columns hold the months' sums of 合同引资 and 到位资金.
 */
public final class LedgerWorkbook {

    private LedgerWorkbook() {
    }

    /** A project's latest evidence and the sums of its months. */
    public record Extra(String evidence, BigDecimal contracted, BigDecimal inPlace) {
    }

    public static void write(List<Project> projects, LongFunction<String> unitName, Map<Long, Extra> extras,
                             OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("项目台账");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> header = new ArrayList<>(LedgerLayout.HEADERS.values());
            header.addAll(LedgerLayout.SUMS);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                h.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, (i < 2 ? 28 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            int n = 1;
            for (Project p : projects) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(p.name());
                row.createCell(1).setCellValue(p.investor());
                row.createCell(2).setCellValue(p.industry());
                row.createCell(3).setCellValue(ProjectRules.word(p.source()));
                row.createCell(4).setCellValue(p.amount().doubleValue());
                row.createCell(5).setCellValue(unitName.apply(p.unitId()));
                row.createCell(6).setCellValue(p.leader());
                row.createCell(7).setCellValue(ProjectRules.word(p.stage()));
                row.createCell(8).setCellValue(p.stageOn().toString());
                Extra e = extras.getOrDefault(p.id(), new Extra(LedgerImport.EVIDENCE, BigDecimal.ZERO, BigDecimal.ZERO));
                row.createCell(9).setCellValue(e.evidence());
                row.createCell(10).setCellValue(e.contracted().doubleValue());
                row.createCell(11).setCellValue(e.inPlace().doubleValue());
            }
            book.write(out);
            book.dispose();
        }
    }
}
