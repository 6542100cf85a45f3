package org.zhengwu.browser;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium as a phone of a given width (mobile emulation, so the page's own viewport rule applies),
 * driven through Debian's chromedriver. {@code .ci/run} installs both; elsewhere {@code apt-get install chromium
 * chromium-driver}. The flags keep Chromium from calling out of a machine without internet.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("zhengwu.test.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("zhengwu.test.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    final int width;

    Browser(int width) {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("browser tests need Chromium and its driver: apt-get install chromium chromium-driver"
                    + " (looked for " + CHROMIUM + " and " + DRIVER + ")");
        }
        this.width = width;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", width, "height", 800, "pixelRatio", 1.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    }

    void open(String url) {
        driver.get(url);
    }

    /** How far the page reaches past the screen's right edge, in CSS pixels (0 when nothing scrolls sideways). */
    long overflow() {
        Object o = js("return Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0)"
                + " - document.documentElement.clientWidth");
        return ((Number) o).longValue();
    }

    /** The elements wider than the screen, to name the culprit when a page scrolls sideways. */
    @SuppressWarnings("unchecked")
    List<String> widerThanScreen() {
        return (List<String>) js("""
                const w = document.documentElement.clientWidth, out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect();
                  if (r.right > w + 1 && out.length < 5) out.push(e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                      + ' right=' + Math.round(r.right));
                }
                return out;""");
    }

    double bodyFontSize() {
        return Double.parseDouble(((String) js("return getComputedStyle(document.body).fontSize")).replace("px", ""));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
