package org.zhengwu.publishing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentDraft;
import org.zhengwu.content.ContentEditing;
import org.zhengwu.platform.storage.Bucket;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.platform.storage.ObjectStorage;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.UnitKind;

/**
 * Sites, columns and items for publishing tests; every site gets a code no other test uses. A bean of the shared test
 * context (a test class autowires it), holding no state but the context's services.
 */
@Component
public final class Fixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final SiteAdministration admin;
    private final SiteDirectory directory;
    private final ContentEditing editing;
    private final Path publicRoot;
    private final java.time.Clock clock;
    /** With zhengwu.storage=s3, the published bucket: pages are read there, where readers get them. */
    private final Bucket bucket;

    public Fixture(SiteAdministration admin, SiteDirectory directory, ContentEditing editing, DataDirectory data) {
        this(admin, directory, editing, data, java.time.Clock.systemUTC(), null);
    }

    /** Reads the pages where readers get them: the public folder, or the bucket when the context is on S3. */
    public Fixture(SiteAdministration admin, SiteDirectory directory, ContentEditing editing, DataDirectory data,
                   ObjectStorage storage) {
        this(admin, directory, editing, data, java.time.Clock.systemUTC(), storage);
    }

    @org.springframework.beans.factory.annotation.Autowired
    public Fixture(SiteAdministration admin, SiteDirectory directory, ContentEditing editing, DataDirectory data,
                   java.time.Clock clock, ObjectStorage storage) {
        this.clock = clock;
        this.admin = admin;
        this.directory = directory;
        this.editing = editing;
        this.publicRoot = data.publicPages();
        this.bucket = storage == null ? null : storage.publishedBucket().orElse(null);
    }

    /**
     * A minute ago in China, as an item's date: newer than the items other tests of the shared context dated in the
     * past, so the item is among the newest the portal's 各单位动态 shows (a fixed date falls off that list once enough
     * tests have published later ones).
     */
    public String justNow() {
        return java.time.LocalDateTime.now(clock.withZone(org.zhengwu.content.PublishTime.CHINA)).minusMinutes(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public static String code(String prefix) {
        return prefix + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    public Site unitSite(String code, UnitKind kind, String host) {
        return admin.openSite(new NewSite(code, "单位" + code, kind, code, "测试发展局" + code, host, false,
                new Site.Theme(null, "#0b6e4f"), new Site.FooterIdentity("市发展和改革委员会", "市信息中心",
                        "0871-12345678", "5301000001", "滇ICP备12345678号", "滇公网安备53010002000001号"), 0));
    }

    /** The group's portal, opened the first time a test needs it (the corpus calls it "www"). */
    public Site portal() {
        return directory.portal().orElseGet(() -> admin.openSite(new NewSite("gov-office", "市人民政府办公室", UnitKind.PORTAL,
                "www", "市人民政府门户网站", null, true, new Site.Theme(null, Site.Theme.DEFAULT_COLOR),
                Site.FooterIdentity.empty(), 0)));
    }

    public Column column(Site site, String code, String name, ColumnKind kind) {
        return admin.addColumn(site.id(), new ColumnDetails(null, code, name, kind, 0, "张三", 7, null));
    }

    public long publish(Column column, String title, String body, String at) {
        long id = editing.createDraft(ContentDraft.of(column.id(), title, body, at));
        editing.publish(id);
        return id;
    }

    public long publish(ContentDraft draft) {
        long id = editing.createDraft(draft);
        editing.publish(id);
        return id;
    }

    public Path file(String path) {
        return publicRoot.resolve(path.substring(1));
    }

    /** Whether the published file is there (in the bucket, on S3). */
    public boolean exists(String path) {
        return bucket == null ? Files.exists(file(path)) : bucket.bytes(path.substring(1)).isPresent();
    }

    public String read(String path) {
        if (bucket != null) {
            return bucket.bytes(path.substring(1)).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        }
        try {
            Path f = file(path);
            return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits (bounded) until the published file contains every one of the texts. */
    public String awaitContains(String path, String... texts) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> {
            String s = read(path);
            for (String t : texts) {
                if (!s.contains(t)) {
                    return false;
                }
            }
            return true;
        });
        return read(path);
    }

    public void awaitGone(String path) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> !exists(path));
    }

    /** Waits (bounded) until every event listener has handled every event published so far. */
    public static void awaitListenersDone(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(25)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single() == 0);
    }

    public void awaitNotContains(String path, String text) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25)).until(() -> !read(path).contains(text));
    }
}
