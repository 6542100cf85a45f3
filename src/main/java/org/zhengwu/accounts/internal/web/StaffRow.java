package org.zhengwu.accounts.internal.web;

import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.platform.security.StaffRole;

/** One line of the staff list. */
public record StaffRow(StaffAccount account, String unitName, boolean locked, boolean self) {

    /** A security or audit administrator's account: out of the system administrator's reach. */
    public boolean outOfReach() {
        return account.role() == StaffRole.SECURITY_ADMINISTRATOR || account.role() == StaffRole.AUDIT_ADMINISTRATOR;
    }

    /** Whether the account has (or may have) a unit: a unit role, or no role yet. */
    public boolean hasUnit() {
        return account.role() == null || account.role().unitBound();
    }
}
