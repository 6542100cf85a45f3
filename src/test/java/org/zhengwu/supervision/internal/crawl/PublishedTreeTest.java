package org.zhengwu.supervision.internal.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengwu.supervision.internal.crawl.PublishedTree.Kind;

class PublishedTreeTest {

    @TempDir
    Path dir;
    PublishedTree tree;

    @BeforeEach
    void tree() throws IOException {
        Path root = dir.resolve("public");
        for (String f : new String[] {"index.html", "www/index.html", "www/news/index.html", "www/news/12.html",
                "zh-hant/www/news/12.html", "bsfw/index.html", "bsfw/theme/birth/index.html", "assets/site.css"}) {
            Path p = root.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Files.createDirectories(dir.resolve("uploads/2026"));
        Files.writeString(dir.resolve("uploads/2026/a.png"), "x");
        tree = new PublishedTree(root, dir.resolve("uploads"), Set.of("gov.example.cn"), Map.of("dept.example.cn", "www"));
    }

    private Kind kind(String link) {
        return tree.judge(link, "/www/news/12.html").kind();
    }

    @Test
    void publishedPagesFoldersAndUploadsAreFound() {
        assertThat(kind("/")).isEqualTo(Kind.FOUND);
        assertThat(kind("/www/news/")).isEqualTo(Kind.FOUND);
        assertThat(kind("/www/news")).isEqualTo(Kind.FOUND);
        assertThat(kind("/zh-hant/www/news/12.html#top")).isEqualTo(Kind.FOUND);
        assertThat(kind("/uploads/2026/a.png")).isEqualTo(Kind.FOUND);
        assertThat(kind("/assets/site.css?v=2")).isEqualTo(Kind.FOUND);
        assertThat(kind("/bsfw/theme/birth/")).isEqualTo(Kind.FOUND);
    }

    @Test
    void relativeAndOwnAbsoluteAddressesAreJudgedAsPaths() {
        assertThat(kind("12.html")).isEqualTo(Kind.FOUND);
        assertThat(kind("../")).isEqualTo(Kind.FOUND);
        assertThat(kind("13.html")).isEqualTo(Kind.MISSING);
        assertThat(kind("http://gov.example.cn/www/news/12.html")).isEqualTo(Kind.FOUND);
        assertThat(kind("https://dept.example.cn/news/12.html")).isEqualTo(Kind.FOUND);
        assertThat(kind("https://dept.example.cn/news/99.html")).isEqualTo(Kind.MISSING);
    }

    @Test
    void missingPagesAndUploadsAreBroken() {
        assertThat(kind("/www/news/99.html")).isEqualTo(Kind.MISSING);
        assertThat(kind("/uploads/2026/b.png")).isEqualTo(Kind.MISSING);
        assertThat(kind("/bsfw/item/X1/")).isEqualTo(Kind.MISSING);
        assertThat(kind("/nope/")).isEqualTo(Kind.MISSING);
    }

    @Test
    void theApplicationsOwnAddressesAreNotJudgedAsFiles() {
        for (String dynamic : new String[] {"/search?q=1", "/zh-hant/search", "/hdjl/", "/hdjl/letters/2026-1",
                "/zh-hant/hdjl/query", "/bsfw/query", "/zh-hant/bsfw/apply/X1", "/bsfw/stats", "/bsfw/handled",
                "/_zw/elderly?on=1&back=/www/", "/_zw/mode.css", "/admin/content/1", "/open311/discovery.json",
                "/assets/console.js"}) {
            assertThat(kind(dynamic)).as(dynamic).isEqualTo(Kind.DYNAMIC);
        }
    }

    @Test
    void otherSitesAreExternalAndOtherSchemesAreSkipped() {
        assertThat(tree.judge("https://www.gov.cn/zhengce/", "/www/").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(tree.judge("//www.gov.cn/", "/www/").target()).isEqualTo("https://www.gov.cn/");
        assertThat(kind("mailto:a@b.cn")).isEqualTo(Kind.SKIP);
        assertThat(kind("javascript:void(0)")).isEqualTo(Kind.SKIP);
        assertThat(kind("#main")).isEqualTo(Kind.SKIP);
        assertThat(kind("")).isEqualTo(Kind.SKIP);
        assertThat(kind("http://")).isEqualTo(Kind.INVALID);
        assertThat(kind("/www/../../etc/passwd")).isEqualTo(Kind.INVALID);
    }
}
