package org.zhengwu.supervision.internal.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The bulletin as .docx (Apache POI XWPF) in the layout of a government document: the issuing office large, bold and
 * red, the number (文号) under it, a red rule, the title, the body in 仿宋 三号 with first lines indented two
 * characters, the ranking as a table, the problems by site, the signature and the date on the right.
 */
final class BulletinDocx {

    static final String RED = "C00000";
    private static final String SONG = "宋体";
    private static final String FANGSONG = "仿宋";
    private static final String HEI = "黑体";

    private BulletinDocx() {
    }

    static void write(BulletinDraft d, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph head = centred(doc);
            run(head, d.issuer(), SONG, 28, true).setColor(RED);
            XWPFParagraph number = centred(doc);
            run(number, d.number(), FANGSONG, 16, false);
            CTBorder rule = number.getCTP().isSetPPr() && number.getCTP().getPPr().isSetPBdr()
                    ? number.getCTP().getPPr().getPBdr().addNewBottom()
                    : number.getCTP().addNewPPr().addNewPBdr().addNewBottom();
            rule.setVal(STBorder.SINGLE);
            rule.setColor(RED);
            rule.setSz(BigInteger.valueOf(18));
            run(centred(doc), d.title(), SONG, 22, true);
            d.summary().forEach(s -> body(doc, s));
            run(centred(doc), d.rankingCaption(), HEI, 16, false);
            table(doc, d.rankingHeader(), d.rankingRows());
            if (!d.problems().isEmpty()) {
                run(doc.createParagraph(), d.problemsHeading(), HEI, 16, false);
                int n = 1;
                for (BulletinDraft.SiteProblems p : d.problems()) {
                    run(doc.createParagraph(), n++ + "．" + p.site(), FANGSONG, 16, true);
                    p.lines().forEach(line -> body(doc, line));
                }
            }
            body(doc, d.closing());
            right(doc, d.signature());
            right(doc, d.date());
            doc.write(out);
        }
    }

    private static void table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            run(p, cells.get(c), FANGSONG, 12, bold);
        }
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        return p;
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(640);
        run(p, text, FANGSONG, 16, false);
    }

    private static void right(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, text, FANGSONG, 16, false);
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font);
        r.setFontSize(size);
        r.setBold(bold);
        return r;
    }
}
