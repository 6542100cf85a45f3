package org.zhengwu.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's one clock (China Standard Time). Every rule that needs the time reads it here, so made-up
 * history (the demo's sample letters, received and answered on past working days) can go through the real steps
 * and rules at an earlier moment: {@link #asOf} sets the time for the calling thread only and for the duration of
 * the work, so no other request, job or listener ever sees it.
 */
public final class ApplicationClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> earlier;

    public ApplicationClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private ApplicationClock(Clock system, ThreadLocal<Instant> earlier) {
        this.system = system;
        this.earlier = earlier;
    }

    /** Does the work on this thread as if it were {@code at}, which must not lie in the future. */
    public <T> T asOf(Instant at, Supplier<T> work) {
        if (at.isAfter(system.instant())) {
            throw new IllegalArgumentException("only the past can be replayed: " + at);
        }
        Instant outer = earlier.get();
        earlier.set(at);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                earlier.remove();
            } else {
                earlier.set(outer);
            }
        }
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ApplicationClock(system.withZone(zone), earlier);
    }

    @Override
    public Instant instant() {
        Instant at = earlier.get();
        return at != null ? at : system.instant();
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
