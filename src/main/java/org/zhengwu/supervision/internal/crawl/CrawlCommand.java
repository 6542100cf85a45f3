package org.zhengwu.supervision.internal.crawl;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.cli.Command;

/**
 * {@code java -jar zhengwu.jar crawl [CODE]}: crawls the whole group, or the site of that code,
 * now (links, images, typos), printing
 * a progress line every two seconds and one summary line at the end
 * ({@code crawl: N pages, M links, B broken, T typos in S.S s}).
 */
@Component
class CrawlCommand implements Command {

    private final LinkCrawl crawl;
    private final MessageSource messages;
    private PrintStream out = System.out;

    CrawlCommand(LinkCrawl crawl, MessageSource messages) {
        this.crawl = crawl;
        this.messages = messages;
    }

    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "crawl";
    }

    @Override
    public String usage() {
        return "crawl [SITE-CODE]       巡检已发布页面的链接、图片和错别字（简体和繁體；全部站点或一个站点）";
    }

    @Override
    public int run(List<String> args) {
        // (--name=value words are the application's settings, not the command's)
        String site = null;
        if (args.size() == 1) {
            site = args.get(0);
        } else if (!args.isEmpty()) {
            out.println("usage: " + usage());
            return 2;
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::progress, 2, 2, TimeUnit.SECONDS);
        long start = System.nanoTime();
        try {
            Findings.Crawl c = crawl.run(site, "command");
            out.printf(Locale.ROOT, "crawl: %d pages, %d links, %d broken, %d typos in %.1f s%n", c.pages(), c.links(),
                    c.broken(), c.typos(), (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (RuleViolation e) {
            out.println("crawl refused: " + messages.getMessage(e.key(), e.args(), e.key(), Locale.SIMPLIFIED_CHINESE));
            return 1;
        } catch (RuntimeException e) {
            out.println("crawl failed: " + e);
            return 1;
        } finally {
            ticker.shutdownNow();
        }
    }

    private void progress() {
        CrawlProgress p = crawl.progress();
        if (p.running()) {
            out.printf(Locale.ROOT, "progress: %s %d/%d pages (%d%%), %.1f s%n", p.phase(), p.pagesDone(), p.pagesTotal(),
                    p.percent(), p.elapsed().toMillis() / 1000.0);
        }
    }
}
