package org.zhengwu.review.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.RuleViolation;

/**
 * Every minute ({@code zhengwu.review.scheduled-check}), puts online the approved items whose publish time has come.
 * Each is re-checked under its row lock, so an item edited or withdrawn meanwhile stays where it is.
 */
@Component
class ScheduledPublishing {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

    private final WorkflowStore store;
    private final PublishWhenDue publish;
    private final Clock clock;

    ScheduledPublishing(WorkflowStore store, PublishWhenDue publish, Clock clock) {
        this.store = store;
        this.publish = publish;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zhengwu.review.scheduled-check:PT1M}", initialDelayString = "${zhengwu.review.scheduled-check:PT1M}")
    void publishDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int n = 0;
        for (long itemId : store.due(now)) {
            try {
                publish.run(itemId, now);
                n++;
            } catch (RuleViolation changedMeanwhile) {
                log.debug("scheduled item {} no longer due: {}", itemId, changedMeanwhile.key());
            }
        }
        if (n > 0) {
            log.info("scheduled publishing: {} item(s) online", n);
        }
    }
}
