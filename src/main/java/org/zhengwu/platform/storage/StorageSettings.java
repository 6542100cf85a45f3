package org.zhengwu.platform.storage;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code zhengwu.s3.*}, read when {@code zhengwu.storage=s3}.
 *
 * @param endpoint     the S3-compatible server ({@code http://minio:9000}); empty means AWS itself in the region
 * @param region       the region to sign for ({@code us-east-1} suits MinIO and most compatible servers)
 * @param bucket       the published tree and the content uploads ({@code uploads/…}): what the CDN or the bucket's
 *                     website serves to readers
 * @param filesBucket  letters' and applications' files: never public, so never the same bucket as {@code bucket}
 * @param accessKey    with {@code secretKey}; both empty means the SDK's own chain (environment, instance role)
 * @param pathStyle    {@code http://host/bucket/key} instead of {@code http://bucket.host/key} (MinIO, s3proxy)
 * @param cdnPurgeUrl  where the changed paths of each publish are POSTed as JSON for a CDN purge; empty means none
 * @param timeout      connect and read timeout of each request
 */
@ConfigurationProperties("zhengwu.s3")
public record StorageSettings(URI endpoint,
                              @DefaultValue("us-east-1") String region,
                              String bucket,
                              String filesBucket,
                              String accessKey,
                              String secretKey,
                              @DefaultValue("false") boolean pathStyle,
                              URI cdnPurgeUrl,
                              @DefaultValue("10s") Duration timeout) {

    /** How long readers and caches may keep a page before asking again: pages change with every publish. */
    public static final String PAGE_CACHE = "public, max-age=60";
    /** Uploads never change under their random names. */
    public static final String UPLOAD_CACHE = "public, max-age=31536000, immutable";
    /** The stylesheet, icon and other fixed files: they change with a new version of the application. */
    public static final String ASSET_CACHE = "public, max-age=86400";

    /** The Cache-Control of a published file by its path ("/www/index.html", "/assets/site.css"). */
    public static String cacheControl(String path) {
        if (path.startsWith("/uploads/")) {
            return UPLOAD_CACHE;
        }
        boolean text = path.endsWith(".html") || path.endsWith(".xml") || path.endsWith(".txt")
                || path.endsWith(".json") || path.endsWith("/");
        return text ? PAGE_CACHE : ASSET_CACHE;
    }
}
