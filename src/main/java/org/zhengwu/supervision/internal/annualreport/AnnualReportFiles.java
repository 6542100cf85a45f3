package org.zhengwu.supervision.internal.annualreport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.zhengwu.platform.office.FigureSheet;

/**
 * A report as the template's two office files: .xlsx (one row per field under its section, counts as numbers) and
 * .docx (the title, the year, the filling unit and the template's table). {@code label} gives a bundle text.
 */
public final class AnnualReportFiles {

    private AnnualReportFiles() {
    }

    public static void xlsx(AnnualReport r, BiFunction<String, Object[], String> label, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            FigureSheet sheet = FigureSheet.create(wb, String.valueOf(r.year()),
                    List.of(t(label, "annual.col.item"), t(label, "annual.col.value"), t(label, "annual.col.section")));
            int i = 1;
            for (String section : ReportField.SECTIONS) {
                for (ReportField f : ReportField.of(section)) {
                    Row row = sheet.row(i++, t(label, "annual.field." + f.key()));
                    String raw = r.raw(f);
                    if (f.kind() == ReportField.Kind.COUNT && !raw.isEmpty()) {
                        sheet.count(row, 1, Long.parseLong(raw));
                    } else if (f.kind() == ReportField.Kind.DAYS && !raw.isEmpty()) {
                        sheet.decimal(row, 1, Double.parseDouble(raw));
                    } else {
                        row.createCell(1).setCellValue(r.shown(f, label));
                    }
                    row.createCell(2).setCellValue(t(label, "annual.section." + section));
                }
            }
            wb.write(out);
        }
    }

    public static void docx(AnnualReport r, BiFunction<String, Object[], String> label, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(18);
            run.setFontFamily("SimSun");
            run.setText(t(label, "annual.template.title"));
            centred(doc, label.apply("annual.template.year", new Object[] {r.year()}));
            centred(doc, label.apply("annual.template.filler", new Object[] {r.raw(ReportField.ORGANIZER)}));
            XWPFTable table = doc.createTable();
            boolean first = true;
            for (String section : ReportField.SECTIONS) {
                XWPFTableRow head = first ? table.getRow(0) : table.createRow();
                cells(head, t(label, "annual.section." + section), "");
                head.getCell(0).getParagraphs().get(0).getRuns().get(0).setBold(true);
                first = false;
                for (ReportField f : ReportField.of(section)) {
                    cells(table.createRow(), t(label, "annual.field." + f.key()), r.shown(f, label));
                }
            }
            doc.write(out);
        }
    }

    private static void centred(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(text);
    }

    private static void cells(XWPFTableRow row, String name, String value) {
        while (row.getTableCells().size() < 2) {
            row.addNewTableCell();
        }
        row.getCell(0).removeParagraph(0);
        row.getCell(0).addParagraph().createRun().setText(name);
        row.getCell(1).removeParagraph(0);
        row.getCell(1).addParagraph().createRun().setText(value);
    }

    private static String t(BiFunction<String, Object[], String> label, String key) {
        return label.apply(key, new Object[0]);
    }
}
