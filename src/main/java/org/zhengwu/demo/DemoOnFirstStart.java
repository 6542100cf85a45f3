package org.zhengwu.demo;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ZhengwuProperties;

/**
 * When the server is ready and {@code zhengwu.demo.enabled} is true (the default; false under tests and command-line
 * jobs), creates the demo site group if the group is empty. A failure is logged and leaves the group empty; the
 * server runs on either way.
 */
@Component
class DemoOnFirstStart {

    private static final Logger log = LoggerFactory.getLogger(DemoOnFirstStart.class);

    private final DemoSiteGroup demo;
    private final ZhengwuProperties properties;
    private final MessageSource messages;

    DemoOnFirstStart(DemoSiteGroup demo, ZhengwuProperties properties, MessageSource messages) {
        this.demo = demo;
        this.properties = properties;
        this.messages = messages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!properties.demo().enabled()) {
            return;
        }
        try {
            demo.createIfEmpty().ifPresent(c -> {
                log.info(messages.getMessage("demo.created", new Object[] {c.city(), c.sites(), c.columns(), c.items(),
                        String.format(Locale.ROOT, "%.1f", c.took().toMillis() / 1000.0), c.mailboxes(),
                        c.letters().size()}, Locale.SIMPLIFIED_CHINESE));
                c.letters().forEach(r -> log.info(messages.getMessage("demo.letter",
                        new Object[] {r.trackingNumber(), r.queryCode()}, Locale.SIMPLIFIED_CHINESE)));
            });
        } catch (RuntimeException e) {
            log.warn(messages.getMessage("demo.failed", new Object[] {String.valueOf(e.getMessage())},
                    Locale.SIMPLIFIED_CHINESE), e);
        }
    }
}
