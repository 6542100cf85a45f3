package org.zhengwu.supervision;

import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseStaff;

/** Account steps the supervision tests take as the staff member themselves. */
final class CaseStaffCalls {

    private CaseStaffCalls() {
    }

    /** The staff member gives their own reminder address (only the owner may). */
    static void setOwnEmail(StaffAdministration staff, StaffUser who, String address) {
        CaseStaff.as(who, () -> staff.setOwnEmail(who.accountId(), address));
    }
}
