package org.zhengwu.supervision.internal.bulletin;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bulletin as PDF (Apache PDFBox) in the same layout as the .docx, A4, with the Chinese font embedded as a
 * subset so it reads the same everywhere and its text can be extracted and searched. Lines wrap by character
 * (Chinese has no spaces to break at); a new page starts when one is full.
 */
final class BulletinPdf implements AutoCloseable {

    private static final float MARGIN = 72;
    private static final Color RED = new Color(0xC0, 0, 0);
    private static final float BODY = 14;

    private final PDDocument doc;
    private final PDType0Font font;
    private final float width;
    private PDPageContentStream cs;
    private float y;

    private BulletinPdf(PDDocument doc, PDType0Font font) {
        this.doc = doc;
        this.font = font;
        this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    static void write(BulletinDraft d, BulletinFont fonts, OutputStream out) throws IOException {
        List<AutoCloseable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(d.title());
            try (BulletinPdf pdf = new BulletinPdf(doc, fonts.load(doc, open))) {
                pdf.render(d);
            }
            doc.save(out);
        } finally {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception e) {
                    // the font file was only read
                }
            }
        }
    }

    private void render(BulletinDraft d) throws IOException {
        newPage();
        centred(d.issuer(), 26, RED);
        y -= 6;
        centred(d.number(), BODY, Color.BLACK);
        cs.setStrokingColor(RED);
        cs.setLineWidth(2);
        cs.moveTo(MARGIN, y + 4);
        cs.lineTo(MARGIN + width, y + 4);
        cs.stroke();
        y -= 16;
        centred(d.title(), 18, Color.BLACK);
        y -= 6;
        for (String s : d.summary()) {
            paragraph(s, 2);
        }
        y -= 6;
        centred(d.rankingCaption(), BODY, Color.BLACK);
        table(d.rankingHeader(), d.rankingRows());
        if (!d.problems().isEmpty()) {
            y -= 6;
            paragraph(d.problemsHeading(), 0);
            int n = 1;
            for (BulletinDraft.SiteProblems p : d.problems()) {
                paragraph(n++ + "．" + p.site(), 0);
                for (String line : p.lines()) {
                    paragraph(line, 2);
                }
            }
        }
        paragraph(d.closing(), 2);
        y -= 20;
        right(d.signature());
        right(d.date());
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private float measure(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void text(String text, float x, float size, Color color) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private void centred(String text, float size, Color color) throws IOException {
        for (String line : wrap(text, size, width, 0)) {
            room(size * 1.6f);
            y -= size * 1.6f;
            text(line, MARGIN + (width - measure(line, size)) / 2, size, color);
        }
    }

    private void right(String text) throws IOException {
        room(BODY * 1.8f);
        y -= BODY * 1.8f;
        text(text, MARGIN + width - measure(text, BODY) - 2 * BODY, BODY, Color.BLACK);
    }

    /** A paragraph whose first line is indented by {@code indent} characters. */
    private void paragraph(String text, int indent) throws IOException {
        List<String> lines = wrap(text, BODY, width, indent * BODY);
        for (int i = 0; i < lines.size(); i++) {
            room(BODY * 1.8f);
            y -= BODY * 1.8f;
            text(lines.get(i), MARGIN + (i == 0 ? indent * BODY : 0), BODY, Color.BLACK);
        }
    }

    private void table(List<String> header, List<List<String>> rows) throws IOException {
        float size = 10.5f;
        float rowHeight = size * 2.2f;
        float[] widths = new float[header.size()];
        float unitWidth = width * 0.3f;
        float rest = (width - unitWidth) / (header.size() - 1);
        for (int c = 0; c < widths.length; c++) {
            widths[c] = c == 1 ? unitWidth : rest;
        }
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            if (y - rowHeight < MARGIN) {
                newPage();
            }
            float top = y;
            y -= rowHeight;
            float x = MARGIN;
            cs.setStrokingColor(Color.BLACK);
            cs.setLineWidth(0.5f);
            cs.addRect(MARGIN, y, width, rowHeight);
            cs.stroke();
            for (int c = 0; c < widths.length; c++) {
                String cell = fit(all.get(r).get(c), size, widths[c] - 4);
                float saved = y;
                y = top - rowHeight + (rowHeight - size) / 2 + 1.5f;
                text(cell, x + (widths[c] - measure(cell, size)) / 2, size, Color.BLACK);
                y = saved;
                if (c > 0) {
                    cs.moveTo(x, y);
                    cs.lineTo(x, top);
                    cs.stroke();
                }
                x += widths[c];
            }
        }
    }

    private String fit(String text, float size, float room) throws IOException {
        if (measure(text, size) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && measure(cut + "…", size) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** Lines no wider than {@code room}, the first {@code firstIndent} narrower; broken between any two characters. */
    private List<String> wrap(String text, float size, float room, float firstIndent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float available = room - firstIndent;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (!line.isEmpty() && measure(line + ch, size) > available) {
                lines.add(line.toString());
                line.setLength(0);
                available = room;
            }
            line.append(ch);
            i += Character.charCount(cp);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
    }
}
