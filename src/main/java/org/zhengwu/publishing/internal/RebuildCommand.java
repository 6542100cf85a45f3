package org.zhengwu.publishing.internal;

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
import org.zhengwu.publishing.RebuildProgress;
import org.zhengwu.publishing.RebuildSummary;
import org.zhengwu.publishing.SiteRebuild;

/**
 * {@code java -jar zhengwu.jar rebuild}: renders every page again, printing a progress line every two seconds and
 * one summary line at the end ({@code rebuild: N pages (zh-Hans) + M pages (zh-Hant) in S.S s}). {@code rebuild
 * zh-Hans} writes the simplified tree alone (M is 0), so a benchmark measures the rebuild without the mirror.
 */
@Component
class RebuildCommand implements Command {

    private final SiteRebuild rebuild;
    private final MessageSource messages;
    private PrintStream out = System.out;

    RebuildCommand(SiteRebuild rebuild, MessageSource messages) {
        this.rebuild = rebuild;
        this.messages = messages;
    }

    /** Where the lines go (tests capture them). */
    void output(PrintStream out) {
        this.out = out;
    }

    @Override
    public String name() {
        return "rebuild";
    }

    @Override
    public String usage() {
        return "rebuild [zh-Hans]      重新生成全站静态页面（简体和繁體；zh-Hans：仅简体，用于测量）";
    }

    @Override
    public int run(List<String> args) {
        boolean simplifiedOnly = args.size() == 1 && args.get(0).equalsIgnoreCase("zh-Hans");
        if (!args.isEmpty() && !simplifiedOnly) {
            out.println("用法: " + usage());
            return 2;
        }
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "rebuild-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::progress, 2, 2, TimeUnit.SECONDS);
        try {
            RebuildSummary summary = rebuild.run(simplifiedOnly);
            out.println(summary.scriptsLine());
            out.println(summary.line());
            return 0;
        } catch (RuleViolation e) {
            out.println("rebuild refused: " + messages.getMessage(e.key(), e.args(), e.key(), Locale.SIMPLIFIED_CHINESE));
            return 1;
        } catch (RuntimeException e) {
            out.println("rebuild failed: " + e);
            return 1;
        } finally {
            ticker.shutdownNow();
        }
    }

    private void progress() {
        RebuildProgress p = rebuild.progress();
        if (p.running()) {
            out.printf(Locale.ROOT, "progress: %d/%d pages (%d%%), site %s, %.1f s%n", p.pagesDone(), p.pagesEstimated(),
                    p.percent(), p.currentSite(), p.elapsed().toMillis() / 1000.0);
        }
    }
}
