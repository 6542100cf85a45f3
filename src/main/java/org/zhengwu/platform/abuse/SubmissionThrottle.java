package org.zhengwu.platform.abuse;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how often one address may submit the public forms (letters, survey answers, query-code look-ups): at most
 * {@code zhengwu.abuse.submissions-per-minute} per address and kind of form in each minute. Counted per node, in
 * memory: a restart forgets the counts, which only ever lets more through.
 */
@Component
public class SubmissionThrottle {

    private final Clock clock;
    private volatile int limit;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    SubmissionThrottle(Clock clock, @Value("${zhengwu.abuse.submissions-per-minute:10}") int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Counts one submission of this kind from this address; false when the address is over its limit. */
    public boolean allow(String kind, String address) {
        return allow(kind, address, limit);
    }

    /**
     * The same with a limit of the caller's own (an API with its own setting); {@code who} may be an address or
     * another name of the caller, such as an API key.
     */
    public boolean allow(String kind, String who, int perMinute) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window w = windows.compute(kind + "|" + (who == null ? "" : who),
                (k, old) -> old == null || old.minute() != minute ? new Window(minute, new AtomicInteger()) : old);
        return w.count().incrementAndGet() <= perMinute;
    }

    /** Another limit (tests, benchmarks); returns the one before. */
    public int limit(int perMinute) {
        int before = limit;
        limit = perMinute;
        return before;
    }
}
