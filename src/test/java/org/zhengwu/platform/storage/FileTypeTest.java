package org.zhengwu.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void pdf_jpeg_and_png_are_known_by_their_first_bytes() throws IOException {
        assertThat(FileType.sniff(file("a", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))).contains(FileType.PDF);
        assertThat(FileType.sniff(file("b", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10})))
                .contains(FileType.JPEG);
        assertThat(FileType.sniff(file("c", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})))
                .contains(FileType.PNG);
    }

    @Test
    void a_program_or_a_web_page_is_none_of_them_whatever_its_name() throws IOException {
        assertThat(FileType.sniff(file("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}))).isEmpty();
        assertThat(FileType.sniff(file("page.png", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(FileType.sniff(file("empty.jpg", new byte[0]))).isEmpty();
    }

    @Test
    void word_and_excel_documents_are_told_apart_by_their_main_part() throws IOException {
        Path docx = dir.resolve("letter.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("来信附件");
            doc.write(out);
        }
        Path xlsx = dir.resolve("table.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            book.createSheet("表").createRow(0).createCell(0).setCellValue("数据");
            book.write(out);
        }
        assertThat(FileType.sniff(docx)).contains(FileType.DOCX);
        assertThat(FileType.sniff(xlsx)).contains(FileType.XLSX);
    }

    @Test
    void a_plain_zip_or_a_broken_one_is_not_an_office_document() throws IOException {
        Path zip = dir.resolve("plain.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(FileType.sniff(zip)).isEmpty();
        assertThat(FileType.sniff(file("broken.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))).isEmpty();
    }

    @Test
    void names_claim_a_type_by_their_extension_in_any_case() {
        assertThat(FileType.byName("照片.JPEG")).contains(FileType.JPEG);
        assertThat(FileType.byName("scan.jpg")).contains(FileType.JPEG);
        assertThat(FileType.byName("a.docx")).contains(FileType.DOCX);
        assertThat(FileType.byName("virus.exe")).isEmpty();
        assertThat(FileType.byName("noextension")).isEmpty();
        assertThat(FileType.extensionList()).isEqualTo("pdf、jpg、jpeg、png、docx、xlsx");
    }
}
