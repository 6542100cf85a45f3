package org.zhengwu.checks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.zhengwu.checks.Attachments;
import org.zhengwu.checks.CheckAttachment;

class AttachmentTextsTest {

    static final String ID = "11010519491231002X";
    private final AttachmentTexts texts = new AttachmentTexts();

    private AttachmentTexts.Extracted read(String name, byte[] bytes) {
        return texts.read(CheckAttachment.of(name, bytes));
    }

    @Test
    void readsTheTextOfADocx() throws Exception {
        AttachmentTexts.Extracted e = read("名单.docx", Attachments.docx("报名人员：张三", "身份证号：" + ID));
        assertThat(e.problem()).isNull();
        assertThat(e.text()).contains("报名人员：张三").contains("身份证号：" + ID);
    }

    @Test
    void readsAnXlsxCellByCellWithNumbersWrittenInFull() throws Exception {
        AttachmentTexts.Extracted e = read("名单.XLSX", Attachments.xlsx(new Object[] {"姓名", "身份证号", "手机"},
                new Object[] {"张三", ID, 13812345678L}));
        assertThat(e.problem()).isNull();
        assertThat(e.text()).isEqualTo("姓名\t身份证号\t手机\t\n张三\t" + ID + "\t13812345678\t\n\n");
    }

    @Test
    void readsTheTextOfAPdf() throws Exception {
        AttachmentTexts.Extracted e = read("list.pdf", Attachments.pdf(null, "Applicant: Zhang San", "ID: " + ID));
        assertThat(e.problem()).isNull();
        assertThat(e.text()).contains("ID: " + ID);
    }

    @Test
    void readsTextFilesAsUtf8OrElseGb18030() {
        assertThat(read("a.txt", ("电话13812345678").getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("电话13812345678");
        assertThat(read("b.txt", ("电话13812345678").getBytes(Charset.forName("GB18030"))).text()).isEqualTo("电话13812345678");
    }

    @Test
    void anEncryptedPdfOrDocxIsAProblemNotAnError() throws Exception {
        assertThat(read("secret.pdf", Attachments.pdf("user-secret", "ID: " + ID)).problem())
                .isEqualTo("checks.attachment.encrypted");
        assertThat(read("secret.docx", Attachments.encryptedDocx("身份证号：" + ID)).problem())
                .isEqualTo("checks.attachment.encrypted");
    }

    @Test
    void aDamagedFileIsUnreadable() {
        byte[] junk = "PK\u0003\u0004 this is no zip at all".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(read("broken.docx", junk).problem()).isEqualTo("checks.attachment.unreadable");
        assertThat(read("broken.xlsx", junk).problem()).isEqualTo("checks.attachment.unreadable");
        assertThat(read("broken.pdf", "%PDF-1.7 nothing".getBytes(StandardCharsets.US_ASCII)).problem())
                .isEqualTo("checks.attachment.unreadable");
        assertThat(texts.read(new CheckAttachment("gone.pdf", () -> {
            throw new java.io.FileNotFoundException("gone.pdf");
        })).problem()).isEqualTo("checks.attachment.unreadable");
    }

    @Test
    void aFormatWithoutReadableTextIsSaidToBeUnchecked() {
        assertThat(read("photo.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}).problem())
                .isEqualTo("checks.attachment.unsupported");
        assertThat(read("old.doc", new byte[] {1, 2, 3}).problem()).isEqualTo("checks.attachment.unsupported");
    }
}
