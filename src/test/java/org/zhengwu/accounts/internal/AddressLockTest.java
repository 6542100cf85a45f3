package org.zhengwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The login-failure control of one account from one address, on a clock the test moves. */
class AddressLockTest {

    static final Duration FIFTEEN = Duration.ofMinutes(15);
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    /** {@code n} wrong answers a second apart from {@code at}. */
    static AddressLock fail(AddressLock lock, int n, OffsetDateTime at) {
        for (int i = 0; i < n; i++) {
            lock = lock.failed(5, FIFTEEN, at.plusSeconds(i));
        }
        return lock;
    }

    @Test
    void fourFailuresLockNothingAndTheFifthLocksForThePolicysTime() {
        AddressLock four = fail(AddressLock.NONE, 4, T0);
        assertThat(four.lockedAt(T0.plusSeconds(4))).isFalse();
        assertThat(four.justLocked()).isFalse();
        AddressLock five = four.failed(5, FIFTEEN, T0.plusSeconds(4));
        assertThat(five.justLocked()).isTrue();
        assertThat(five.lockedUntil()).isEqualTo(T0.plusSeconds(4).plus(FIFTEEN));
        assertThat(five.lockedAt(T0.plusMinutes(15))).isTrue();
        assertThat(five.lockedAt(T0.plusMinutes(15).plusSeconds(4))).isFalse();
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLongUpToADay() {
        AddressLock lock = AddressLock.NONE;
        OffsetDateTime at = T0;
        Duration expected = FIFTEEN;
        for (int round = 0; round < 10; round++) {
            lock = fail(lock, 5, at);
            OffsetDateTime lockedAt = at.plusSeconds(4);
            assertThat(lock.lockedUntil()).as("round %d", round).isEqualTo(lockedAt.plus(expected));
            at = lock.lockedUntil().plusMinutes(1); // the guesser waits out the lock, no longer than needed
            expected = expected.multipliedBy(2).compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : expected.multipliedBy(2);
        }
        assertThat(lock.lockouts()).isEqualTo(10);
        assertThat(lock.lockedUntil()).isEqualTo(lock.lastFailureAt().plusDays(1));
    }

    @Test
    void aDayWithoutFailuresForgetsThePairsHistory() {
        AddressLock twice = fail(fail(AddressLock.NONE, 5, T0), 5, T0.plusMinutes(20));
        assertThat(twice.lockouts()).isEqualTo(2);
        assertThat(fail(twice, 5, twice.lockedUntil().plusHours(23)).lockouts()).isEqualTo(3);
        AddressLock later = fail(twice, 5, twice.lockedUntil().plusDays(1).plusSeconds(1));
        assertThat(later.lockouts()).isEqualTo(1);
        assertThat(later.lockedUntil()).isEqualTo(later.lastFailureAt().plus(FIFTEEN));
        // and a few failures long ago do not count towards today's threshold
        AddressLock old = fail(AddressLock.NONE, 4, T0);
        assertThat(old.failed(5, FIFTEEN, T0.plusDays(2)).failures()).isEqualTo(1);
    }
}
