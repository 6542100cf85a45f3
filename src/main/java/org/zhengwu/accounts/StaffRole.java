package org.zhengwu.accounts;

/** What a staff member may do. */
public enum StaffRole {
    /** 站群管理员: every site, units, staff accounts. */
    ADMINISTRATOR,
    /** 信息员: the content and columns of their own unit's site. */
    EDITOR
}
