package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;
import org.zhengwu.TestS3;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.storage.Bucket;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.platform.storage.StorageSettings;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * The public folder on S3, against a real S3 server (S3Proxy): what a publish step writes reaches the bucket in an
 * order that never shows a link to a missing page, and what a failed step could not send goes with the next one. A
 * failure is made real by putting a folder where the server would store a page.
 */
class BucketSyncTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final byte[] ITEM = "<p>关于做好2026年政务公开工作的通知</p>\n".repeat(60).getBytes(StandardCharsets.UTF_8);
    private static final byte[] LIST = "<a href=\"/t/news/1.html\">通知</a>".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final String name = "zw-sync-" + SEQ.incrementAndGet() + "-" + ProcessHandle.current().pid();
    private ObjectStorage storage;
    private PublicFolder folder;
    private HttpServer cdn;

    private PublicFolder folder(URI purge) {
        StorageSettings s = TestS3.settings(name, name + "-files");
        storage = new ObjectStorage("s3", new StorageSettings(s.endpoint(), s.region(), s.bucket(), s.filesBucket(),
                s.accessKey(), s.secretKey(), true, purge, s.timeout()));
        folder = new PublicFolder(new DataDirectory(new ZhengwuProperties(dir, "http://localhost", null)),
                new PublishingProperties(DataSize.ofMegabytes(1), Duration.ofSeconds(2), 2, true),
                Precompression.of(true), storage);
        return folder;
    }

    @AfterEach
    void close() {
        if (folder != null) {
            folder.destroy();
            storage.destroy();
        }
        if (cdn != null) {
            cdn.stop(0);
        }
    }

    private Bucket bucket() {
        return storage.published();
    }

    private String text(String key) {
        return bucket().bytes(key).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    /** A folder where the server would keep the object: storing it fails until {@link #clear} takes it away. */
    private Path obstruct(String key) throws Exception {
        Path in = TestS3.directory().resolve(name).resolve(key);
        Files.createDirectories(in);
        Files.writeString(in.resolve("in-the-way"), "x");
        return in;
    }

    private static void clear(Path obstruction) throws Exception {
        FileSystemUtils.deleteRecursively(obstruction);
    }

    @Test
    void aStepSendsItsPagesWithTheirTypesAndCacheTimesButNotTheirCompressedCopies() {
        PublicFolder f = folder(null);
        f.step(() -> {
            f.write("/t/news/1.html", ITEM);
            f.write("/t/news/index.html", LIST);
            f.write("/assets/site.css", "body{}".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        assertThat(Files.exists(f.resolve("/t/news/1.html.gz"))).as("the local copy keeps its compressed copies").isTrue();
        assertThat(bucket().list("")).containsOnlyKeys("t/news/1.html", "t/news/index.html", "assets/site.css");
        try (S3Client s3 = TestS3.client()) {
            HeadObjectResponse page = s3.headObject(h -> h.bucket(name).key("t/news/1.html"));
            assertThat(page.contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
            assertThat(page.cacheControl()).isEqualTo("public, max-age=60");
            HeadObjectResponse css = s3.headObject(h -> h.bucket(name).key("assets/site.css"));
            assertThat(css.contentType()).isEqualToIgnoringCase("text/css;charset=UTF-8");
            assertThat(css.cacheControl()).isEqualTo("public, max-age=86400");
        }
        assertThat(f.exists("/t/news/index.html")).isTrue();
    }

    @Test
    void whenTheListPageCannotBeStoredTheItemIsAlreadyThereAndTheNextStepSendsTheList() throws Exception {
        PublicFolder f = folder(null);
        Path obstruction = obstruct("t/news/index.html");
        assertThatThrownBy(() -> f.step(() -> {
            // written list first: the order of sending is the bucket's, not the renderer's
            f.write("/t/news/index.html", LIST);
            f.write("/t/news/1.html", ITEM);
            return null;
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("t/news/index.html");
        assertThat(text("t/news/1.html")).as("the item went up before the list that links it").isNotNull();
        assertThat(f.exists("/t/news/index.html")).as("not published while the bucket lacks it").isFalse();

        clear(obstruction);
        f.step(() -> {
            f.write("/t/other/2.html", ITEM);
            return null;
        });
        assertThat(text("t/news/index.html")).contains("/t/news/1.html");
        assertThat(f.exists("/t/news/index.html")).isTrue();
    }

    @Test
    void aPageTakenOffStaysInTheBucketUntilThePagesThatLinkedItAreStored() throws Exception {
        PublicFolder f = folder(null);
        f.step(() -> {
            f.write("/t/news/1.html", ITEM);
            f.write("/t/news/index.html", LIST);
            return null;
        });
        Path obstruction = obstruct("t/news/index_2.html");
        assertThatThrownBy(() -> f.step(() -> {
            f.delete("/t/news/1.html");
            f.write("/t/news/index.html", "<p>没有了</p>".getBytes(StandardCharsets.UTF_8));
            f.write("/t/news/index_2.html", "<p>没有了</p>".getBytes(StandardCharsets.UTF_8));
            return null;
        })).isInstanceOf(UncheckedIOException.class);
        assertThat(text("t/news/1.html")).as("still linked from a page that is not stored yet").isNotNull();

        clear(obstruction);
        f.step(() -> null);
        assertThat(text("t/news/1.html")).isNull();
        assertThat(text("t/news/index_2.html")).isEqualTo("<p>没有了</p>");
    }

    @Test
    void afterARestartAPageTheBucketAlreadyHoldsIsNotSentAgain() {
        PublicFolder first = folder(null);
        first.step(() -> {
            first.write("/t/news/1.html", ITEM);
            return null;
        });
        // the same bytes under another content type, put behind the folder's back: a second PUT would replace it
        try (S3Client s3 = TestS3.client()) {
            s3.putObject(p -> p.bucket(name).key("t/news/1.html").contentType("text/x-marker"),
                    software.amazon.awssdk.core.sync.RequestBody.fromBytes(ITEM));
        }
        first.destroy();
        storage.destroy();

        PublicFolder again = folder(null); // what the bucket holds is read anew, as on a start
        again.step(() -> {
            again.write("/t/news/1.html", ITEM);
            again.write("/t/news/2.html", LIST);
            return null;
        });
        try (S3Client s3 = TestS3.client()) {
            assertThat(s3.headObject(h -> h.bucket(name).key("t/news/1.html")).contentType()).isEqualTo("text/x-marker");
        }
        assertThat(text("t/news/2.html")).isNotNull();
    }

    @Test
    void theCdnIsToldTheChangedPathsAndAskedAgainWhileItRefuses() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        cdn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cdn.createContext("/purge", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean refuse = calls.incrementAndGet() <= 2;
            if (!refuse) {
                received.add(body);
            }
            exchange.sendResponseHeaders(refuse ? 503 : 200, -1);
            exchange.close();
        });
        cdn.start();
        PublicFolder f = folder(URI.create("http://127.0.0.1:" + cdn.getAddress().getPort() + "/purge"));
        f.step(() -> {
            f.write("/t/news/1.html", ITEM);
            f.write("/t/news/index.html", LIST);
            return null;
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        assertThat(calls.get()).isEqualTo(3);
        assertThat(received.get(0)).isEqualTo("{\"paths\":[\"/t/news/1.html\",\"/t/news/\",\"/t/news/index.html\"]}");
    }

    @Test
    void aCdnThatCannotBeReachedNeverFailsThePublish() {
        // port 9 (discard) is closed here
        PublicFolder f = folder(URI.create("http://127.0.0.1:9/purge"));
        f.step(() -> {
            f.write("/t/news/1.html", ITEM);
            return null;
        });
        assertThat(text("t/news/1.html")).isNotNull();
    }
}
