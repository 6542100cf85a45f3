package org.zhengwu.accounts.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The 等保 login-failure control of one account from one network address. Wrong passwords and wrong second-factor
 * codes from that address count; at the policy's threshold that address is locked out of that account for the
 * policy's time, and each further lockout of the same pair lasts twice as long as the one before (15, 30, 60 …
 * minutes, at most a day), so a guesser's rate halves with every round. Other addresses are not affected: a stranger
 * cannot lock a staff member out of their own office. A day without a failure after the last lock has ended forgets
 * the pair's history; a successful sign-in from the address ends it at once.
 *
 * @param failures wrong answers since the last lockout (or since the history was forgotten)
 * @param lockouts how many times in a row the pair was locked; the next lock lasts {@code lockTime × 2^lockouts}
 * @param lockedUntil sign-in from the address is refused until then; null when it never was locked
 * @param lastFailureAt the latest wrong answer
 */
public record AddressLock(int failures, int lockouts, OffsetDateTime lockedUntil, OffsetDateTime lastFailureAt) {

    /** The longest lock, however often the pair was locked before. */
    public static final Duration LONGEST = Duration.ofDays(1);
    /** A pair whose last failure (or lock, if it ended later) is older than this starts over. */
    public static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    /** A pair without any failure. */
    public static final AddressLock NONE = new AddressLock(0, 0, null, null);

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** On a state returned by {@link #failed}: whether that failure locked the pair (only a lock resets the count). */
    public boolean justLocked() {
        return failures == 0 && lockedUntil != null;
    }

    /** The state after one more wrong answer at {@code now}. */
    public AddressLock failed(int threshold, Duration lockTime, OffsetDateTime now) {
        OffsetDateTime quietSince = lockedUntil != null && lockedUntil.isAfter(lastFailureAt) ? lockedUntil : lastFailureAt;
        boolean forgotten = quietSince == null || quietSince.plus(FORGOTTEN_AFTER).isBefore(now);
        int count = (forgotten ? 0 : failures) + 1;
        int rounds = forgotten ? 0 : lockouts;
        if (count < threshold) {
            return new AddressLock(count, rounds, forgotten ? null : lockedUntil, now);
        }
        return new AddressLock(0, rounds + 1, now.plus(lockTime(lockTime, rounds)), now);
    }

    /** How long the lock after {@code rounds} earlier lockouts lasts. */
    static Duration lockTime(Duration first, int rounds) {
        Duration d = first;
        for (int i = 0; i < rounds && d.compareTo(LONGEST) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(LONGEST) > 0 ? LONGEST : d;
    }
}
