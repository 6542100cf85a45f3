package org.zhengwu.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in China Standard Time, so tests can replace it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    ApplicationClock clock() {
        return new ApplicationClock(Clock.system(CHINA));
    }
}
