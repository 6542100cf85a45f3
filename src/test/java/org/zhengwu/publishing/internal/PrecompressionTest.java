package org.zhengwu.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.platform.storage.DataDirectory;
import org.zhengwu.publishing.Decompressing;
import org.zhengwu.publishing.internal.Precompression.Coding;

/** The compressed copies beside published files stay in step with them; requests get the coding they accept. */
class PrecompressionTest {

    @TempDir
    Path dir;

    private static final byte[] PAGE = "<p>全面推进政务公开标准化规范化工作。</p>\n".repeat(60).getBytes(StandardCharsets.UTF_8);
    private static final byte[] CHANGED = "<p>深化“放管服”改革，优化营商环境。</p>\n".repeat(60).getBytes(StandardCharsets.UTF_8);

    private PublicFolder folder(Precompression compression) {
        return new PublicFolder(new DataDirectory(new ZhengwuProperties(dir, "http://localhost", null)),
                new PublishingProperties(DataSize.ofMegabytes(1), java.time.Duration.ofSeconds(2), 0, true), compression);
    }

    private String[] files(PublicFolder folder, String sub) throws Exception {
        try (Stream<Path> s = Files.list(folder.root().resolve(sub))) {
            return s.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aPageGetsBrotliAndGzipCopiesThatTheSamePageAgainLeavesAlone() throws Exception {
        PublicFolder folder = folder(Precompression.of(true));
        folder.write("/www/news/1.html", PAGE);
        assertThat(files(folder, "www/news")).containsExactly("1.html", "1.html.br", "1.html.gz");
        Path br = folder.resolve("/www/news/1.html.br");
        // a time of its own (after the page's) shows whether the copy is written again
        FileTime old = FileTime.fromMillis(Files.getLastModifiedTime(folder.resolve("/www/news/1.html")).toMillis() + 60_000);
        Files.setLastModifiedTime(br, old);

        folder.write("/www/news/1.html", PAGE);
        assertThat(Files.getLastModifiedTime(br)).isEqualTo(old);

        folder.write("/www/news/1.html", CHANGED);
        assertThat(Files.getLastModifiedTime(br)).isNotEqualTo(old);
        assertThat(Decompressing.brotli(Files.readAllBytes(br))).isEqualTo(CHANGED);
        assertThat(Decompressing.gunzip(Files.readAllBytes(folder.resolve("/www/news/1.html.gz")))).isEqualTo(CHANGED);
    }

    @Test
    void aTreePublishedBeforeCopiesExistedGetsThemOnTheNextRebuild() throws Exception {
        PublicFolder off = folder(Precompression.of(false));
        off.write("/www/index.html", PAGE);
        assertThat(files(off, "www")).containsExactly("index.html");
        PublicFolder on = folder(Precompression.of(true));
        on.write("/www/index.html", PAGE);
        assertThat(files(on, "www")).containsExactly("index.html", "index.html.br", "index.html.gz");
    }

    @Test
    void aCopyOlderThanItsUnchangedPageIsMadeAgain() throws Exception {
        PublicFolder folder = folder(Precompression.of(true));
        folder.write("/index.html", PAGE);
        Path gz = folder.resolve("/index.html.gz");
        Files.write(gz, new byte[] {1, 2, 3}); // a stale copy, left by a version that rewrote the page without copies
        Files.setLastModifiedTime(gz, FileTime.fromMillis(Files.getLastModifiedTime(folder.resolve("/index.html")).toMillis() - 60_000));
        folder.write("/index.html", PAGE);
        assertThat(Decompressing.gunzip(Files.readAllBytes(gz))).isEqualTo(PAGE);
    }

    @Test
    void smallFilesAndPicturesGetNoCopiesAndAPageThatShrinksLosesThem() throws Exception {
        PublicFolder folder = folder(Precompression.of(true));
        folder.write("/robots.txt", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
        folder.write("/favicon.ico", new byte[4096]);
        folder.write("/www/index.html", PAGE);
        folder.write("/www/index.html", "<p>短</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(files(folder, "")).containsExactly("favicon.ico", "robots.txt", "www");
        assertThat(files(folder, "www")).containsExactly("index.html");
    }

    @Test
    void withoutBrotliPagesGetGzipOnlyAndAnOldBrotliCopyGoesWithTheOldPage() throws Exception {
        folder(Precompression.of(true)).write("/www/index.html", PAGE);
        PublicFolder gzipOnly = folder(new Precompression(true, false));
        gzipOnly.write("/www/index.html", CHANGED);
        assertThat(files(gzipOnly, "www")).containsExactly("index.html", "index.html.gz");
    }

    @Test
    void deletingAPageDeletesItsCopies() throws Exception {
        PublicFolder folder = folder(Precompression.of(true));
        folder.write("/www/news/1.html", PAGE);
        folder.write("/www/news/2.html", PAGE);
        assertThat(folder.delete("/www/news/1.html")).isTrue();
        assertThat(files(folder, "www/news")).containsExactly("2.html", "2.html.br", "2.html.gz");
    }

    @Test
    void theNativeBrotliEncoderLoadsOnThisMachine() {
        assertThat(Precompression.of(true).brotli()).isTrue();
    }

    @Test
    void requestsGetTheCodingTheyAcceptBestFirst() {
        assertThat(AcceptedCodings.of(null)).isEmpty();
        assertThat(AcceptedCodings.of("")).isEmpty();
        assertThat(AcceptedCodings.of("gzip, deflate, br, zstd")).containsExactly(Coding.BR, Coding.GZIP);
        assertThat(AcceptedCodings.of("gzip")).containsExactly(Coding.GZIP);
        assertThat(AcceptedCodings.of("x-gzip")).containsExactly(Coding.GZIP);
        assertThat(AcceptedCodings.of("BR")).containsExactly(Coding.BR);
        assertThat(AcceptedCodings.of("br;q=0.5, gzip;q=0.8")).containsExactly(Coding.GZIP, Coding.BR);
        assertThat(AcceptedCodings.of("br;q=0, *")).containsExactly(Coding.GZIP);
        assertThat(AcceptedCodings.of("*")).containsExactly(Coding.BR, Coding.GZIP);
        assertThat(AcceptedCodings.of("*;q=0")).isEmpty();
        assertThat(AcceptedCodings.of("identity, deflate")).isEmpty();
        assertThat(AcceptedCodings.of("gzip;q=abc, br;q=7")).isEmpty();
    }
}
