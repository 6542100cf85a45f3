package org.zhengwu.supervision.internal.visits;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Page views and unique visitors per site and day, in memory, for the counter to write in batches. A visitor is a
 * hash of a salt, the site, the address and the user agent; the salt is drawn fresh for each day and thrown away
 * with the day, and only the current day's hashes are held, at most {@code maxVisitors} of them (a visitor beyond
 * that is not counted as a new one: the count errs low, memory stays bounded). Counting takes no lock: striped
 * adders and a concurrent set; only the change of day synchronises, once a day.
 */
final class VisitTally {

    /** What was counted for a site on a day since the last {@link #drain}. */
    record Count(String site, LocalDate day, long views, long visitors) {
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Clock clock;
    private final int maxVisitors;
    private final SecureRandom random = new SecureRandom();
    private volatile Day day;
    /** Days that ended: drained once more at the next flush (late counts of the switch), then dropped. */
    private final ConcurrentLinkedQueue<Day> ended = new ConcurrentLinkedQueue<>();

    VisitTally(Clock clock, int maxVisitors) {
        this.clock = clock;
        this.maxVisitors = maxVisitors;
        this.day = new Day(LocalDate.now(clock), salt());
    }

    /** One page view of the site. The address and user agent are hashed and forgotten. */
    void count(String site, String address, String userAgent) {
        Day d = current();
        SiteCount c = d.sites.get(site);
        if (c == null) {
            c = d.sites.computeIfAbsent(site, s -> new SiteCount());
        }
        c.views.increment();
        if (d.size.get() < maxVisitors && d.visitors.add(d.hash(site, address, userAgent))) {
            d.size.incrementAndGet();
            c.visitors.increment();
        }
    }

    /** How many visitor hashes the current day holds (for tests and the limit). */
    int visitorsHeld() {
        return current().size.get();
    }

    /** The counts since the last drain, days that ended first; never called by two threads at once. */
    synchronized List<Count> drain() {
        current();
        List<Count> out = new ArrayList<>();
        for (Day d : ended) {
            if (d.drainInto(out) == 0 && d.drainedOnce) {
                ended.remove(d);
            }
            d.drainedOnce = true;
        }
        day.drainInto(out);
        return out;
    }

    private Day current() {
        Day d = day;
        LocalDate today = LocalDate.now(clock);
        if (d.date.equals(today)) {
            return d;
        }
        synchronized (this) {
            if (!day.date.equals(today)) {
                Day old = day;
                Arrays.fill(old.salt, (byte) 0); // the ended day's hashes can no longer be made again
                old.visitors.clear();
                ended.add(old);
                day = new Day(today, salt());
            }
            return day;
        }
    }

    private byte[] salt() {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        return salt;
    }

    private static final class SiteCount {
        final LongAdder views = new LongAdder();
        final LongAdder visitors = new LongAdder();
        /** What the drains have taken so far (only the draining thread touches these). */
        long viewsTaken;
        long visitorsTaken;
    }

    private static final class Day {
        final LocalDate date;
        final byte[] salt;
        final Map<String, SiteCount> sites = new ConcurrentHashMap<>();
        final Set<Long> visitors = ConcurrentHashMap.newKeySet();
        final AtomicInteger size = new AtomicInteger();
        boolean drainedOnce;

        Day(LocalDate date, byte[] salt) {
            this.date = date;
            this.salt = salt;
        }

        long hash(String site, String address, String userAgent) {
            MessageDigest sha = SHA256.get();
            sha.reset();
            sha.update(salt);
            sha.update(site.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
            byte[] h = sha.digest();
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v;
        }

        /**
         * Adds the counts not yet taken; returns how many views they were. Visitors are read before views, so a
         * batch never holds more visitors than views.
         */
        long drainInto(List<Count> out) {
            long total = 0;
            for (Map.Entry<String, SiteCount> e : sites.entrySet()) {
                SiteCount c = e.getValue();
                long visitors = c.visitors.sum() - c.visitorsTaken;
                long views = c.views.sum() - c.viewsTaken;
                if (views > 0 || visitors > 0) {
                    c.visitorsTaken += visitors;
                    c.viewsTaken += views;
                    out.add(new Count(e.getKey(), date, views, visitors));
                    total += views;
                }
            }
            return total;
        }
    }
}
