package org.zhengwu.accounts;

import org.zhengwu.platform.security.StaffRole;
import java.time.OffsetDateTime;

/**
 * A staff account as the console shows it (never with its password hash).
 *
 * @param unitId the unit an editor works for; null for administrators
 * @param mustChangePassword set for a new account and after a reset: the next sign-in leads to the password page
 * @param lockedUntil sign-in is refused until then after repeated failures; null when not locked
 */
public record StaffAccount(long id, String username, String displayName, Long unitId, StaffRole role, boolean enabled,
                           boolean mustChangePassword, OffsetDateTime passwordChangedAt, int failedAttempts,
                           OffsetDateTime lockedUntil, OffsetDateTime createdAt) {

    public boolean administrator() {
        return role == StaffRole.ADMINISTRATOR;
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
