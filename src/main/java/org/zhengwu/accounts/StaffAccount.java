package org.zhengwu.accounts;

import org.zhengwu.platform.security.StaffRole;
import java.time.OffsetDateTime;

/**
 * A staff account as the console shows it (never with its password hash or second-factor secret).
 *
 * @param unitId the unit a unit role works for; null for the group roles
 * @param role null while the account waits for the security administrator to assign one (it cannot sign in)
 * @param mustChangePassword set for a new account and after a reset: the next sign-in leads to the password page
 * @param lockedUntil the latest end of a sign-in lock on this account: after repeated failures from one network
 *                    address, sign-in from that address (only) is refused until then; null when none was locked
 * @param totpEnabled whether sign-in asks for a code of the second factor after the password
 * @param email where reminders are sent by e-mail when the server has SMTP; null when its owner has set none
 */
public record StaffAccount(long id, String username, String displayName, Long unitId, StaffRole role, boolean enabled,
                           boolean mustChangePassword, OffsetDateTime passwordChangedAt,
                           OffsetDateTime lockedUntil, OffsetDateTime createdAt, boolean totpEnabled,
                           String email) {

    public boolean administrator() {
        return role == StaffRole.ADMINISTRATOR;
    }

    /** One of the three administrators (三员): system, security or audit administrator. */
    public boolean oneOfTheThreeAdministrators() {
        return threeAdministrators(role);
    }

    /** Whether some address is locked out of this account at {@code now} (the staff list shows it). */
    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** When the password last changed hands to its owner: the owner's last change, else the account's creation. */
    public OffsetDateTime passwordSetAt() {
        return passwordChangedAt != null ? passwordChangedAt : createdAt;
    }

    public static boolean threeAdministrators(StaffRole role) {
        return role == StaffRole.ADMINISTRATOR || role == StaffRole.SECURITY_ADMINISTRATOR
                || role == StaffRole.AUDIT_ADMINISTRATOR;
    }
}
