package org.zhengwu.supervision.internal.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Visits counted in memory, the clock moved instead of waiting for midnight. */
class VisitTallyTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = LocalDate.of(2026, 3, 2).atTime(23, 50).atZone(CHINA).toInstant();

        @Override
        public ZoneId getZone() {
            return CHINA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();

    @Test
    void theSameVisitorIsCountedOnceADayAndEveryPageViewCounts() {
        VisitTally tally = new VisitTally(clock, 1000);
        tally.count("jyj", "203.0.113.5", "Firefox");
        tally.count("jyj", "203.0.113.5", "Firefox");
        tally.count("jyj", "203.0.113.6", "Firefox");
        tally.count("jyj", "203.0.113.5", "Chrome");
        tally.count("www", "203.0.113.5", "Firefox");

        assertThat(tally.drain()).containsExactlyInAnyOrder(
                new VisitTally.Count("jyj", LocalDate.of(2026, 3, 2), 4, 3),
                new VisitTally.Count("www", LocalDate.of(2026, 3, 2), 1, 1));
        // a second drain has nothing new; the visitor is still known for the rest of the day
        assertThat(tally.drain()).isEmpty();
        tally.count("jyj", "203.0.113.5", "Firefox");
        assertThat(tally.drain()).containsExactly(new VisitTally.Count("jyj", LocalDate.of(2026, 3, 2), 1, 0));
    }

    @Test
    void afterMidnightTheSameVisitorIsNewAndTheDaysCountsStayApart() {
        VisitTally tally = new VisitTally(clock, 1000);
        tally.count("jyj", "203.0.113.5", "Firefox");
        clock.now = clock.now.plus(Duration.ofMinutes(20)); // 00:10 the next day
        tally.count("jyj", "203.0.113.5", "Firefox");

        assertThat(tally.visitorsHeld()).as("only the new day's hashes are held").isEqualTo(1);
        assertThat(tally.drain()).containsExactlyInAnyOrder(
                new VisitTally.Count("jyj", LocalDate.of(2026, 3, 2), 1, 1),
                new VisitTally.Count("jyj", LocalDate.of(2026, 3, 3), 1, 1));
        assertThat(tally.drain()).isEmpty();
    }

    @Test
    void pastTheLimitOfHashesAVisitorIsNotCountedAsNewButTheViewIs() {
        VisitTally tally = new VisitTally(clock, 2);
        tally.count("jyj", "203.0.113.1", "a");
        tally.count("jyj", "203.0.113.2", "a");
        tally.count("jyj", "203.0.113.3", "a");

        assertThat(tally.visitorsHeld()).isEqualTo(2);
        assertThat(tally.drain()).containsExactly(new VisitTally.Count("jyj", LocalDate.of(2026, 3, 2), 3, 2));
    }

    @Test
    void countsFromManyThreadsAtOnceAreAllKeptAndTheWrittenVisitorsNeverOutnumberTheViews() throws Exception {
        VisitTally tally = new VisitTally(clock, 100_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<VisitTally.Count> drained = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            pool.submit(() -> {
                for (int i = 0; i < 5000; i++) {
                    tally.count("jyj", "198.51.100." + (i % 250), "agent-" + thread);
                    if (i % 1000 == 0) {
                        synchronized (drained) { // the batches in the order they were written
                            drained.addAll(tally.drain());
                        }
                    }
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        drained.addAll(tally.drain());

        long views = 0;
        long visitors = 0;
        for (VisitTally.Count c : drained) { // what the table holds after each batch
            views += c.views();
            visitors += c.visitors();
            assertThat(visitors).isLessThanOrEqualTo(views);
        }
        assertThat(drained.stream().mapToLong(VisitTally.Count::views).sum()).isEqualTo(20_000);
        assertThat(drained.stream().mapToLong(VisitTally.Count::visitors).sum()).isEqualTo(1000);
    }
}
