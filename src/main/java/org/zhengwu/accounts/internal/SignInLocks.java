package org.zhengwu.accounts.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table sign_in_lock: one {@link AddressLock} per account and network address that has failed. */
@Repository
public class SignInLocks {

    private final JdbcClient jdbc;

    SignInLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AddressLock> of(long accountId, String address) {
        return jdbc.sql("SELECT failures, lockouts, locked_until, last_failure_at FROM sign_in_lock "
                        + "WHERE account_id = ? AND remote_address = ?").params(accountId, address)
                .query((rs, n) -> new AddressLock(rs.getInt("failures"), rs.getInt("lockouts"),
                        AccountStore.time(rs, "locked_until"), AccountStore.time(rs, "last_failure_at")))
                .optional();
    }

    /**
     * Counts a wrong answer from the address and returns the new state. Compare-and-set on the old state, so
     * concurrent failures from one address cannot lose a count.
     */
    public AddressLock recordFailure(long accountId, String address, int threshold, Duration lockTime, OffsetDateTime now) {
        while (true) {
            Optional<AddressLock> before = of(accountId, address);
            AddressLock after = before.orElse(AddressLock.NONE).failed(threshold, lockTime, now);
            if (before.isEmpty() ? insert(accountId, address, after) : replace(accountId, address, before.get(), after)) {
                return after;
            }
        }
    }

    /** A successful sign-in from the address: its history ends. */
    public void clear(long accountId, String address) {
        jdbc.sql("DELETE FROM sign_in_lock WHERE account_id = ? AND remote_address = ?").params(accountId, address).update();
    }

    /** A new password: every address starts over. */
    public void clearAll(long accountId) {
        jdbc.sql("DELETE FROM sign_in_lock WHERE account_id = ?").param(accountId).update();
    }

    private boolean insert(long accountId, String address, AddressLock lock) {
        try {
            jdbc.sql("INSERT INTO sign_in_lock (account_id, remote_address, failures, lockouts, locked_until, "
                            + "last_failure_at) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(accountId, address, lock.failures(), lock.lockouts(), lock.lockedUntil(), lock.lastFailureAt())
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false; // another failure from the address was first: count on top of it
        }
    }

    private boolean replace(long accountId, String address, AddressLock before, AddressLock after) {
        return jdbc.sql("UPDATE sign_in_lock SET failures = ?, lockouts = ?, locked_until = ?, last_failure_at = ? "
                        + "WHERE account_id = ? AND remote_address = ? AND failures = ? AND lockouts = ? "
                        + "AND last_failure_at = ?")
                .params(after.failures(), after.lockouts(), after.lockedUntil(), after.lastFailureAt(), accountId,
                        address, before.failures(), before.lockouts(), before.lastFailureAt())
                .update() > 0;
    }
}
