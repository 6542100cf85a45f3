package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.zhengwu.TestS3;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same attachment case with {@code zhengwu.storage=s3}, against a real S3 server (S3Proxy); and what S3 adds: a
 * letter's file is in the private files bucket only, comes back when the local copy is gone, and a store that does
 * not take it leaves the letter unsent with a message that says so.
 */
@Import(TestS3.class)
class LetterAttachmentOnS3Test extends LetterAttachmentTest {

    @Test
    void aLettersFileIsKeptInThePrivateBucketOnlyAndComesBackWhenTheLocalCopyIsLost() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, staff.unitA(), 15);
        Hall.Receipt r = hall.submit(box, "附件在存储桶", "见附件", Hall.pdf("现场照片.pdf"));
        String stored = jdbc.sql("SELECT a.stored_name FROM letter_attachment a JOIN letter l ON l.id = a.letter_id "
                + "WHERE l.tracking_number = ?").param(r.number()).query(String.class).single();
        try (S3Client s3 = TestS3.client()) {
            assertThat(s3.headObject(h -> h.bucket(TestS3.FILES).key("letters/" + stored)).contentType())
                    .isEqualTo("application/pdf");
            assertThat(s3.listObjectsV2(l -> l.bucket(TestS3.PAGES).prefix("letters/")).contents()).isEmpty();
        }

        Files.delete(data.resolve("letters").resolve(stored));
        mvc.perform(get("/admin/letters/" + r.number() + "/attachments/1").with(as(staff.handlerA)))
                .andExpect(status().isOk()).andExpect(content().bytes(Hall.pdf("x").getBytes()));
    }

    @Test
    void whenTheStoreDoesNotTakeTheFileTheLetterIsNotSentAndTheWriterIsToldToTryAgain() throws Exception {
        Mailbox box = hall.mailbox(MailboxKind.COMPLAINT, staff.unitA(), 15);
        long before = jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single();
        long filesBefore = localFiles();
        // the server loses the bucket for a moment: each upload is answered "no such bucket"
        Path bucket = TestS3.directory().resolve(TestS3.FILES);
        Path away = TestS3.directory().resolve(TestS3.FILES + "-away");
        Files.move(bucket, away);
        try {
            mvc.perform(hall.letter(box, "附件", "见附件").file(Hall.pdf("合同.pdf")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("附件“合同.pdf”暂时未能保存（文件存储服务没有响应），来信没有提交")));
        } finally {
            Files.move(away, bucket);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM letter").query(Long.class).single()).isEqualTo(before);
        assertThat(localFiles()).as("no local copy left behind").isEqualTo(filesBefore);
    }

    private long localFiles() throws java.io.IOException {
        try (var files = Files.walk(data.resolve("letters"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
