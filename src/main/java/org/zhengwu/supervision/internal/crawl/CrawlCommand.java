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
 * {@code java -jar zhengwu.jar crawl [CODE] [--rounds N]}: crawls the whole group, or the site of that code, now
 * (links, images, typos), printing a progress line every two seconds and one summary line at the end of each round
 * ({@code crawl: N pages, M links, B broken, T typos in S.S s}); N rounds (1 to 99) crawl again in the same process,
 * which measures the crawl as the running application makes it (the benchmark's second figure).
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
        return "crawl [SITE-CODE] [--rounds N]  巡检已发布页面的链接、图片和错别字（简体和繁體；全部站点或一个站点；"
                + "--rounds：在同一进程中连续巡检 N 次，每次一行结果）";
    }

    @Override
    public int run(List<String> args) {
        // (--name=value words are the application's settings, not the command's)
        String site = null;
        int rounds = 1;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--rounds") && i + 1 < args.size() && args.get(i + 1).matches("[1-9][0-9]?")) {
                rounds = Integer.parseInt(args.get(++i));
            } else if (site == null && !a.startsWith("--")) {
                site = a;
            } else {
                out.println("usage: " + usage());
                return 2;
            }
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "crawl-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::progress, 2, 2, TimeUnit.SECONDS);
        try {
            for (int round = 0; round < rounds; round++) {
                // a later round is the crawl as the running application makes it: dictionaries read, code compiled
                long start = System.nanoTime();
                Findings.Crawl c = crawl.run(site, "command");
                out.printf(Locale.ROOT, "crawl: %d pages, %d links, %d broken, %d typos in %.1f s%n", c.pages(),
                        c.links(), c.broken(), c.typos(), (System.nanoTime() - start) / 1e9);
            }
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
