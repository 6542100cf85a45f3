package org.zhengwu.accounts;

import org.zhengwu.platform.security.StaffRole;

/** What an administrator fills in to create an account; {@code unitId} is required for editors and ignored for administrators. */
public record NewStaff(String username, String displayName, StaffRole role, Long unitId) {
}
