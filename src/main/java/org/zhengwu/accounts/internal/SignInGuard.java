package org.zhengwu.accounts.internal;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.SecurityPolicy;
import org.zhengwu.accounts.StaffAccount;

/**
 * The login-failure control at sign-in, per account and network address ({@link AddressLock}): whether the address
 * is locked out of the account, counting a wrong password or code, and ending the count after a success. A lockout
 * raises a {@link SecurityAlerts security alert}. (Behind a reverse proxy the address is the client's only when the
 * proxy is trusted to say it: a local one is, another is named in {@code server.tomcat.remoteip.internal-proxies}.)
 */
@Component
public class SignInGuard {

    private final SignInLocks locks;
    private final PolicyStore policies;
    private final SecurityAlerts alerts;

    SignInGuard(SignInLocks locks, PolicyStore policies, SecurityAlerts alerts) {
        this.locks = locks;
        this.policies = policies;
        this.alerts = alerts;
    }

    public boolean locked(long accountId, String address, OffsetDateTime now) {
        return locks.of(accountId, key(address)).map(l -> l.lockedAt(now)).orElse(false);
    }

    /** Counts a wrong password or code from the address; true when it locked the address out of the account. */
    public boolean failed(StaffAccount account, String address, OffsetDateTime now) {
        SecurityPolicy policy = policies.read();
        AddressLock after = locks.recordFailure(account.id(), key(address), policy.lockoutThreshold(), policy.lockTime(), now);
        if (!after.justLocked()) {
            return false;
        }
        alerts.lockedOut(account, key(address), now);
        return true;
    }

    /** A complete sign-in from the address: its failures are forgotten (other addresses keep theirs). */
    public void succeeded(long accountId, String address) {
        locks.clear(accountId, key(address));
    }

    private static String key(String address) {
        return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
