package org.zhengwu.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.zhengwu.TestS3;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The same upload cases with {@code zhengwu.storage=s3}, against a real S3 server (S3Proxy); and what S3 adds: the
 * file is in the published bucket, where the CDN serves it, and comes back when the local copy is gone.
 */
@Import(TestS3.class)
class UploadsOnS3Test extends UploadsTest {

    @Test
    void anAttachmentIsInThePublishedBucketCachedForAYearAndComesBackWhenTheLocalCopyIsLost() throws Exception {
        attach(new MockMultipartFile("file", "2026年预算公开.pdf", "application/pdf", PDF));
        Attachment a = queries.item(itemId).orElseThrow().attachments().get(0);
        try (S3Client s3 = TestS3.client()) {
            HeadObjectResponse head = s3.headObject(h -> h.bucket(TestS3.PAGES).key(a.path().substring(1)));
            assertThat(head.contentType()).isEqualTo("application/pdf");
            assertThat(head.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
            assertThat(head.contentLength()).isEqualTo(PDF.length);
        }

        Files.delete(data.uploads().resolve(a.path().substring("/uploads/".length())));
        mvc.perform(get(a.path())).andExpect(status().isOk()).andExpect(content().bytes(PDF));
    }
}
