package org.zhengwu.accounts;

/** A one-time password generated for a new or reset account: shown once to the administrator, changed at first sign-in. */
public record IssuedPassword(StaffAccount account, String temporaryPassword) {
}
