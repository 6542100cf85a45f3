package org.zhengwu.platform;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code zhengwu.base-url} is the address the outside world is told (feeds, sitemaps, reminder mails, the Open311
 * discovery document). Its default, {@code http://localhost:8080}, is right only on the machine that runs the demo:
 * an installation without the demo that has not set it gets a framed warning at every start, rather than handing
 * apps and feed readers an address on their own machine. The address is not taken from requests instead: behind a
 * proxy the Host header is the client's to choose.
 */
@Component
class BaseUrlCheck {

    private static final Logger log = LoggerFactory.getLogger(BaseUrlCheck.class);

    private final Environment environment;
    private final ZhengwuProperties properties;

    BaseUrlCheck(Environment environment, ZhengwuProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfUnset() {
        warning().ifPresent(w -> log.warn(w));
    }

    /** The warning to give, when the address is unset outside the demo. */
    Optional<String> warning() {
        if (environment.containsProperty("zhengwu.base-url") || properties.demo().enabled()) {
            return Optional.empty();
        }
        return Optional.of("""

                ================================================================
                  未设置 zhengwu.base-url（环境变量 ZHENGWU_BASE_URL）：
                  订阅源、站点地图、提醒邮件和 Open311 发现文档中的网址将是
                  %s，外部无法访问。请设为本站的公网地址，
                  例如 --zhengwu.base-url=https://www.example.gov.cn
                ================================================================""".formatted(properties.baseUrl()));
    }
}
