package org.zhengwu.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.zhengwu.TestS3;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Starting on S3, against a real S3 server (S3Proxy): a store it cannot use stops the start and says why. */
class ObjectStorageTest {

    private static StorageSettings settings(URI endpoint, String bucket, String files, String secret) {
        return new StorageSettings(endpoint, "us-east-1", bucket, files, TestS3.ACCESS_KEY, secret, true, null,
                Duration.ofSeconds(3));
    }

    @Test
    void theLocalDefaultUsesNoStoreAtAll() {
        ObjectStorage storage = new ObjectStorage("local", settings(null, null, null, null));
        assertThat(storage.s3()).isFalse();
        assertThat(storage.publishedBucket()).isEmpty();
        assertThat(storage.filesBucket()).isEmpty();
    }

    @Test
    void aStoreThatCannotBeReachedStopsTheStartAndSaysWhere() {
        // port 9 (discard) is closed here: the connection is refused
        assertThatThrownBy(() -> new ObjectStorage("s3", settings(URI.create("http://127.0.0.1:9"), "zw-a", "zw-b",
                TestS3.SECRET_KEY)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("无法使用 S3 存储 http://127.0.0.1:9 的存储桶 zw-a")
                .hasMessageContaining("连接失败")
                .hasMessageContaining("zhengwu.s3.endpoint");
    }

    @Test
    void aBucketThatDoesNotExistIsNamed() {
        TestS3.bucket("zw-there");
        assertThatThrownBy(() -> new ObjectStorage("s3", settings(TestS3.endpoint(), "zw-there", "zw-not-there",
                TestS3.SECRET_KEY)))
                .hasMessageContaining("存储桶 zw-not-there").hasMessageContaining("存储桶不存在");
    }

    @Test
    void keysTheStoreRefusesAreNamedAsSuch() {
        TestS3.bucket("zw-keys");
        TestS3.bucket("zw-keys-files");
        assertThatThrownBy(() -> new ObjectStorage("s3", settings(TestS3.endpoint(), "zw-keys", "zw-keys-files",
                "a-wrong-secret")))
                .hasMessageContaining("访问密钥无权访问该存储桶");
    }

    @Test
    void lettersMayNotShareThePublicBucket() {
        assertThatThrownBy(() -> new ObjectStorage("s3", settings(TestS3.endpoint(), "zw-same", "zw-same",
                TestS3.SECRET_KEY)))
                .hasMessageContaining("zhengwu.s3.files-bucket 不能与 zhengwu.s3.bucket 相同");
    }

    @Test
    void aMissingBucketSettingIsNamed() {
        assertThatThrownBy(() -> new ObjectStorage("s3", settings(TestS3.endpoint(), null, "zw-files",
                TestS3.SECRET_KEY)))
                .hasMessageContaining("zhengwu.storage=s3 需要设置 zhengwu.s3.bucket");
    }

    @Test
    void anUnknownKindOfStorageIsRefused() {
        assertThatThrownBy(() -> new ObjectStorage("nfs", settings(null, null, null, null)))
                .hasMessageContaining("zhengwu.storage 只能是 local（数据目录，默认）或 s3，而不是 “nfs”");
    }

    @Test
    void anObjectKeepsItsContentTypeAndCacheTimeAndReadsBack() {
        ObjectStorage storage = new ObjectStorage("s3", TestS3.settings("zw-round", "zw-round-files"));
        Bucket bucket = storage.published();
        bucket.put("www/index.html", "<h1>首页</h1>".getBytes(StandardCharsets.UTF_8), "text/html;charset=UTF-8",
                StorageSettings.cacheControl("/www/index.html"));
        try (S3Client s3 = TestS3.client()) {
            HeadObjectResponse head = s3.headObject(h -> h.bucket("zw-round").key("www/index.html"));
            assertThat(head.contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
            assertThat(head.cacheControl()).isEqualTo("public, max-age=60");
        }
        assertThat(new String(bucket.bytes("www/index.html").orElseThrow(), StandardCharsets.UTF_8)).isEqualTo("<h1>首页</h1>");
        assertThat(bucket.list("www/")).containsOnlyKeys("www/index.html");
        bucket.delete("www/index.html");
        assertThat(bucket.bytes("www/index.html")).isEmpty();
        storage.destroy();
    }

    @Test
    void pagesAreCachedBrieflyUploadsForAYearAndFixedFilesForADay() {
        assertThat(StorageSettings.cacheControl("/www/news/12.html")).isEqualTo("public, max-age=60");
        assertThat(StorageSettings.cacheControl("/www/news/feed.xml")).isEqualTo("public, max-age=60");
        assertThat(StorageSettings.cacheControl("/uploads/2026/12/0123abcd.png"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(StorageSettings.cacheControl("/assets/site.css")).isEqualTo("public, max-age=86400");
    }
}
