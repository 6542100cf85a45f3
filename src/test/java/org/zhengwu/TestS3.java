package org.zhengwu;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.zhengwu.platform.storage.StorageSettings;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/**
 * A real S3 server for the test run (S3Proxy on a temporary folder, one per JVM), and the application on it: a test
 * class annotated {@code @ZhengwuTest @Import(TestS3.class)} runs with {@code zhengwu.storage=s3}, its buckets made
 * fresh, in a context (and database) of its own that every such class shares.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestS3 {

    public static final String ACCESS_KEY = "zhengwu-test";
    public static final String SECRET_KEY = "zhengwu-test-secret";
    public static final String PAGES = "zw-pages";
    public static final String FILES = "zw-files";

    private static final class Server {
        static final Path DIR;
        static final URI ENDPOINT;

        static {
            try {
                DIR = Files.createDirectories(Path.of("target", "test-s3")).toAbsolutePath()
                        .resolve(java.util.UUID.randomUUID().toString());
                Files.createDirectories(DIR);
                Properties p = new Properties();
                p.setProperty("jclouds.filesystem.basedir", DIR.toString());
                p.setProperty("jclouds.identity", ACCESS_KEY);
                p.setProperty("jclouds.credential", SECRET_KEY);
                S3Proxy proxy = S3Proxy.builder().blobStore(BlobStores.create("filesystem", p))
                        .endpoint(URI.create("http://127.0.0.1:0"))
                        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
                proxy.start();
                while (!"STARTED".equals(proxy.getState())) {
                    Thread.sleep(5);
                }
                ENDPOINT = URI.create("http://127.0.0.1:" + proxy.getPort());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        proxy.stop();
                    } catch (Exception e) {
                        // the JVM ends anyway
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("S3Proxy did not start", e);
            }
        }
    }

    public static URI endpoint() {
        return Server.ENDPOINT;
    }

    /** Where the server keeps its buckets: {@code {dir}/{bucket}/{key}}. */
    public static Path directory() {
        return Server.DIR;
    }

    public static S3Client client() {
        return S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.US_EAST_1).endpointOverride(endpoint()).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    /** Makes the bucket, if it is not there yet. */
    public static void bucket(String name) {
        try (S3Client s3 = client()) {
            s3.createBucket(b -> b.bucket(name));
        } catch (BucketAlreadyOwnedByYouException e) {
            // made by an earlier test
        }
    }

    /** Settings for these buckets on this server (made here if missing). */
    public static StorageSettings settings(String pages, String files) {
        bucket(pages);
        bucket(files);
        return new StorageSettings(endpoint(), "us-east-1", pages, files, ACCESS_KEY, SECRET_KEY, true, null,
                java.time.Duration.ofSeconds(10));
    }

    @Bean
    DynamicPropertyRegistrar s3Storage() {
        return registry -> {
            bucket(PAGES);
            bucket(FILES);
            registry.add("zhengwu.storage", () -> "s3");
            registry.add("zhengwu.s3.endpoint", () -> endpoint().toString());
            registry.add("zhengwu.s3.bucket", () -> PAGES);
            registry.add("zhengwu.s3.files-bucket", () -> FILES);
            registry.add("zhengwu.s3.access-key", () -> ACCESS_KEY);
            registry.add("zhengwu.s3.secret-key", () -> SECRET_KEY);
            registry.add("zhengwu.s3.path-style", () -> "true");
            OwnDatabase.use(registry, "zhengwu_s3");
        };
    }
}
