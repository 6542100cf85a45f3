package org.zhengwu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.OwnDatabase;
import org.zhengwu.TestDatabase;
import org.zhengwu.TestMail;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.publishing.Fixture;
import org.zhengwu.sites.SiteAdministration;

/**
 * The demo city in a real browser at phone widths: no public page type and no console page may scroll sideways at
 * 320 or 390 px (WCAG 1.4.10 reflow), and the elderly mode's switch works, is remembered and enlarges the text. The
 * public pages are found by following the demo's own links, so a page type added later is checked without being
 * named here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=127.0.0.1", "zhengwu.demo.enabled=true"})
@AutoConfigureMockMvc // the suite's test helpers are beans that need it
@Import({TestDatabase.class, TestMail.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReflowTest {

    private static final int[] WIDTHS = {320, 390};
    private static final Set<String> APP_PATHS = Set.of("hdjl", "bsfw", "search");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_browser");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    @BeforeAll
    void demoPublished() {
        await().atMost(Duration.ofMinutes(3)).until(() ->
                jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single() > 0);
        Fixture.awaitListenersDone(jdbc);
    }

    @Test
    void noPublicPageTypeScrollsSidewaysOnAPhone() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (int width : WIDTHS) {
            try (Browser b = new Browser(width)) {
                List<String> pages = publicPages(b);
                assertThat(pages).as("page types found by following the demo's links").hasSizeGreaterThan(15);
                for (String path : pages) {
                    check(b, path, failures);
                }
            }
        }
        assertThat(failures).as("pages that scroll sideways (px past the edge, widest elements)").isEmpty();
    }

    @Test
    void noConsolePageScrollsSidewaysOnAPhone() {
        StaffUser admin = new ConsoleFixtures(sites, staff).administrator();
        Map<String, String> failures = new LinkedHashMap<>();
        try (Browser b = new Browser(390)) {
            b.open(url("/admin/login"));
            b.driver.findElement(By.name("username")).sendKeys(admin.username());
            b.driver.findElement(By.name("password")).sendKeys(ConsoleFixtures.PASSWORD);
            b.driver.findElement(By.cssSelector("form button[type=submit]")).click();
            await().atMost(Duration.ofSeconds(60)).until(() -> !b.driver.getCurrentUrl().contains("/admin/login"));
            check(b, "/admin", failures);
            List<String> entries = new ArrayList<>();
            for (WebElement a : b.driver.findElements(By.cssSelector("#console-nav a[href^='/admin/']"))) {
                entries.add(URI.create(a.getAttribute("href")).getPath());
            }
            assertThat(entries).as("the administrator's console pages").hasSizeGreaterThan(8);
            for (String path : entries) {
                check(b, path, failures);
            }
        }
        assertThat(failures).as("console pages that scroll sideways at 390 px").isEmpty();
    }

    @Test
    void theElderlySwitchEnlargesTheTextIsRememberedAndTurnsOff() {
        try (Browser b = new Browser(390)) {
            b.open(url("/"));
            double standard = b.bodyFontSize();
            b.driver.findElement(By.cssSelector("a.elderly-on")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> b.bodyFontSize() >= 18);
            assertThat(b.driver.findElement(By.cssSelector("a.elderly-off")).isDisplayed()).isTrue();
            assertThat(b.driver.findElement(By.cssSelector("a.elderly-on")).isDisplayed()).isFalse();
            assertThat(b.overflow()).as("the elderly home page at 390 px").isLessThanOrEqualTo(0);

            b.open(url("/hdjl/")); // another page, also one the application renders: the choice holds
            assertThat(b.bodyFontSize()).isGreaterThanOrEqualTo(18);
            assertThat(b.overflow()).as("the elderly hall at 390 px").isLessThanOrEqualTo(0);

            b.driver.findElement(By.cssSelector("a.elderly-off")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> b.bodyFontSize() == standard);
            assertThat(standard).isLessThan(18);
        }
    }

    private void check(Browser b, String path, Map<String, String> failures) {
        b.open(url(path));
        long over = b.overflow();
        if (over > 0) {
            failures.put(b.width + " " + path, over + " px " + b.widerThanScreen());
        }
    }

    /** One page of each type (digits and site codes folded), found from the portal, a unit's home and the hall. */
    private List<String> publicPages(Browser b) {
        Map<String, String> byType = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of("/", "/zh-hant/", "/fgw/", "/hdjl/", "/zh-hant/hdjl/",
                "/hdjl/survey", "/hdjl/letters", "/search?q=%E5%8F%91%E5%B1%95", "/no-such-page.html"));
        for (int depth = 0; depth < 3 && !queue.isEmpty(); depth++) {
            List<String> next = new ArrayList<>();
            for (String path : queue) {
                if (byType.size() >= 60 || byType.putIfAbsent(type(path), path) != null) {
                    continue;
                }
                b.open(url(path));
                for (WebElement a : b.driver.findElements(By.cssSelector("a[href]"))) {
                    String href = a.getAttribute("href");
                    if (href != null && href.startsWith(url("/")) && !href.contains("/_zw/") && !href.contains("/admin")
                            && (href.endsWith("/") || href.endsWith(".html") || !href.substring(href.lastIndexOf('/')).contains("."))) {
                        URI u = URI.create(href);
                        next.add(u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery()));
                    }
                }
            }
            queue = next;
        }
        return new ArrayList<>(byType.values());
    }

    private static String type(String path) {
        String p = path.replaceAll("\\d+", "N").replaceAll("\\?.*", "?");
        String[] seg = p.split("/", -1);
        int first = seg.length > 1 && "zh-hant".equals(seg[1]) ? 2 : 1;
        if (seg.length > first + 1 && !APP_PATHS.contains(seg[first])) {
            seg[first] = "S"; // a site's code
        }
        return String.join("/", seg);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
