package org.zhengwu.services;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ApplicationClock;

/**
 * Runs a step of a test at an earlier moment on the application clock ({@link ApplicationClock#asOf}: this thread
 * only, so MockMvc's requests, which run in the test's thread, see it), the way the demo replays its history: the
 * clock is moved, nobody sleeps.
 */
@Component
public final class Replay {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A step that may throw what MockMvc throws. */
    public interface Step<T> {
        T run() throws Exception;
    }

    private final ApplicationClock clock;

    public Replay(ApplicationClock clock) {
        this.clock = clock;
    }

    public static Instant instant(String chinaTime) {
        return LocalDateTime.parse(chinaTime).atZone(CHINA).toInstant();
    }

    /** Runs the step as if it were {@code chinaTime} ("2025-09-26T10:00") in China. */
    public <T> T at(String chinaTime, Step<T> step) {
        return clock.asOf(instant(chinaTime), () -> {
            try {
                return step.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
