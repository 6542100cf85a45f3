package org.zhengwu.checks.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import org.zhengwu.checks.CheckAttachment;

/**
 * Reads the text of an attachment so personal data can be looked for in it: docx and xlsx with Apache POI, pdf with
 * Apache PDFBox, txt as UTF-8 (else GB18030). Never throws: a file that is encrypted, damaged, too large or of a
 * format without readable text comes back as a problem (a message key of the checks bundle) instead of a text.
 */
@Component
public class AttachmentTexts {

    /** As large as the largest upload the server takes. */
    static final int MAX_BYTES = 64 << 20;
    /** Text beyond this is not searched (a table of a million rows). */
    static final int MAX_CHARS = 5_000_000;

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** The text, or the key of the reason why there is none. */
    public record Extracted(String text, String problem) {

        static Extracted text(String text) {
            return new Extracted(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text, null);
        }

        static Extracted problem(String key) {
            return new Extracted(null, key);
        }
    }

    public Extracted read(CheckAttachment attachment) {
        String name = attachment.fileName().toLowerCase(Locale.ROOT);
        String extension = name.lastIndexOf('.') < 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        if (!(extension.equals("docx") || extension.equals("xlsx") || extension.equals("pdf") || extension.equals("txt"))) {
            return Extracted.problem("checks.attachment.unsupported");
        }
        byte[] bytes;
        try (InputStream in = attachment.content().open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            return Extracted.problem("checks.attachment.unreadable");
        }
        if (bytes.length > MAX_BYTES) {
            return Extracted.problem("checks.attachment.too-large");
        }
        try {
            return switch (extension) {
                case "docx" -> office(bytes) ? Extracted.text(docx(bytes)) : Extracted.problem("checks.attachment.encrypted");
                case "xlsx" -> office(bytes) ? Extracted.text(xlsx(bytes)) : Extracted.problem("checks.attachment.encrypted");
                case "pdf" -> Extracted.text(pdf(bytes));
                default -> Extracted.text(txt(bytes));
            };
        } catch (InvalidPasswordException e) {
            return Extracted.problem("checks.attachment.encrypted");
        } catch (Exception | StackOverflowError e) {
            // a damaged file may fail anywhere inside the parsers; it is a finding, never an error of the check
            return Extracted.problem("checks.attachment.unreadable");
        }
    }

    /** A password-protected docx or xlsx is an OLE2 container around the encrypted package, not a zip. */
    private static boolean office(byte[] bytes) {
        if (bytes.length >= OLE2.length) {
            for (int k = 0; k < OLE2.length; k++) {
                if (bytes[k] != OLE2[k]) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static String docx(byte[] bytes) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    /** Cell by cell: numbers without exponent or grouping (an ID or phone number typed as a number stays whole). */
    private static String xlsx(byte[] bytes) throws IOException {
        StringBuilder out = new StringBuilder();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                                : cell.getCellType();
                        String value = switch (type) {
                            case STRING -> cell.getStringCellValue();
                            case NUMERIC -> number(cell, formatter);
                            default -> "";
                        };
                        out.append(value).append('\t');
                        if (out.length() > MAX_CHARS) {
                            return out.toString();
                        }
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String number(Cell cell, DataFormatter formatter) {
        double v = cell.getNumericCellValue();
        if (v == Math.rint(v) && Math.abs(v) < 1e17 && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            return new BigDecimal(v).toPlainString();
        }
        return formatter.formatCellValue(cell);
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String txt(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
