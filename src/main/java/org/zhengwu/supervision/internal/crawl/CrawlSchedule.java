package org.zhengwu.supervision.internal.crawl;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;

/** The nightly crawl of the whole group ({@code zhengwu.supervision.crawl.schedule}, China time; "-" for none). */
@Component
class CrawlSchedule {

    private static final Logger log = LoggerFactory.getLogger(CrawlSchedule.class);

    private final LinkCrawl crawl;

    CrawlSchedule(LinkCrawl crawl) {
        this.crawl = crawl;
    }

    @Scheduled(cron = "${zhengwu.supervision.crawl.schedule:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        try {
            crawl.run(null, "schedule");
        } catch (RuleViolation e) {
            log.info("定时巡检跳过：已有巡检在进行");
        } catch (RuntimeException e) {
            log.error("定时巡检失败", e);
        }
    }
}
