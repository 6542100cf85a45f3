package org.zhengwu.platform.security;

/**
 * The signed-in staff member as every module sees it. The accounts module implements it; other modules only ask
 * which unit the person works for and whether they administer the whole site group.
 */
public interface StaffPrincipal {

    long accountId();

    String username();

    String displayName();

    /** The unit (department, township, office) the person edits for; null for site-group administrators. */
    Long unitId();

    /** 站群管理员: may act on every site. Everybody else (信息员) only on their own unit's site. */
    boolean administrator();
}
