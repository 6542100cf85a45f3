package org.zhengwu.platform.storage;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;

/**
 * Where files live besides the data directory, by {@code zhengwu.storage}: {@code local} (the default) keeps
 * everything in the data directory and this class does nothing; {@code s3} adds an S3-compatible store, with the
 * published tree and content uploads in {@link #published()} and letters' and applications' files in
 * {@link #files()}. Both buckets are checked on start: a store that cannot be reached, a bucket that does not exist
 * or keys it refuses stop the start with a message that says which (ADR 0023).
 */
@Component
public class ObjectStorage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ObjectStorage.class);

    private final S3Client s3;
    private final Bucket published;
    private final Bucket files;
    private final StorageSettings settings;

    public ObjectStorage(@Value("${zhengwu.storage:local}") String kind, StorageSettings settings) {
        this.settings = settings;
        String k = kind.strip().toLowerCase(Locale.ROOT);
        if (k.equals("local")) {
            this.s3 = null;
            this.published = null;
            this.files = null;
            return;
        }
        if (!k.equals("s3")) {
            throw new IllegalStateException("zhengwu.storage 只能是 local（数据目录，默认）或 s3，而不是 “" + kind + "”");
        }
        require(settings.bucket(), "zhengwu.s3.bucket", "发布的页面和上传的图片、附件所在的存储桶");
        require(settings.filesBucket(), "zhengwu.s3.files-bucket", "来信和办件材料所在的存储桶（不公开）");
        if (settings.bucket().equals(settings.filesBucket())) {
            throw new IllegalStateException("zhengwu.s3.files-bucket 不能与 zhengwu.s3.bucket 相同："
                    + "来信和办件材料不得放进公开的存储桶");
        }
        this.s3 = client(settings);
        this.published = new Bucket(s3, settings.bucket());
        this.files = new Bucket(s3, settings.filesBucket());
        check(published);
        check(files);
        log.info("storage: S3 at {} (published tree and uploads in bucket {}, letters' and applications' files in {})",
                where(settings), settings.bucket(), settings.filesBucket());
    }

    /** Whether files go to an S3-compatible store as well as the data directory. */
    public boolean s3() {
        return s3 != null;
    }

    /** The bucket of the published tree and the content uploads, when on S3. */
    public Optional<Bucket> publishedBucket() {
        return Optional.ofNullable(published);
    }

    /** The bucket of letters' and applications' files, when on S3. */
    public Optional<Bucket> filesBucket() {
        return Optional.ofNullable(files);
    }

    public Bucket published() {
        return publishedBucket().orElseThrow(() -> new IllegalStateException("zhengwu.storage is local"));
    }

    public Bucket files() {
        return filesBucket().orElseThrow(() -> new IllegalStateException("zhengwu.storage is local"));
    }

    public StorageSettings settings() {
        return settings;
    }

    private static void require(String value, String name, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("zhengwu.storage=s3 需要设置 " + name + "（" + what + "）");
        }
    }

    private static S3Client client(StorageSettings settings) {
        S3ClientBuilder b = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.timeout()).socketTimeout(settings.timeout()))
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // compatible servers differ in the newer checksum headers; MD5 and the signature protect each request
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            b.endpointOverride(settings.endpoint());
        }
        boolean keys = settings.accessKey() != null && !settings.accessKey().isBlank();
        b.credentialsProvider(keys
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                : DefaultCredentialsProvider.builder().build());
        return b.build();
    }

    private void check(Bucket bucket) {
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(bucket.name()).build());
        } catch (RuntimeException e) {
            s3.close();
            throw new IllegalStateException("无法使用 S3 存储 " + where(settings) + " 的存储桶 " + bucket.name()
                    + "：" + reason(e) + "。请检查 zhengwu.s3.endpoint、zhengwu.s3.bucket、zhengwu.s3.files-bucket "
                    + "和访问密钥，或改回 zhengwu.storage=local", e);
        }
    }

    private static String reason(RuntimeException e) {
        if (e instanceof software.amazon.awssdk.services.s3.model.S3Exception s) {
            return switch (s.statusCode()) {
                case 404 -> "存储桶不存在";
                case 403 -> "访问密钥无权访问该存储桶";
                default -> "服务器答复 " + s.statusCode();
            };
        }
        return "连接失败（" + e.getMessage() + "）";
    }

    private static String where(StorageSettings settings) {
        URI endpoint = settings.endpoint();
        return endpoint == null ? "AWS " + settings.region() : endpoint.toString();
    }

    @Override
    public void destroy() {
        if (s3 != null) {
            s3.close();
        }
    }
}
