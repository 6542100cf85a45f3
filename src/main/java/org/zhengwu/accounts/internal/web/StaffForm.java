package org.zhengwu.accounts.internal.web;

/** The create-account form as typed, kept when it is refused. */
public record StaffForm(String username, String displayName, String role, String unitId) {

    static StaffForm empty() {
        return new StaffForm("", "", "EDITOR", "");
    }
}
