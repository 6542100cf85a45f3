package org.zhengwu.accounts.internal.web;

import org.zhengwu.accounts.StaffAccount;

/** One line of the staff list. */
public record StaffRow(StaffAccount account, String unitName, boolean locked, boolean self) {
}
