package org.zhengwu.platform.security;

/**
 * The signed-in staff member as every module sees it. The accounts module implements it; other modules ask which
 * unit the person works for and which {@link StaffRole} they have.
 */
public interface StaffPrincipal {

    long accountId();

    String username();

    String displayName();

    /** The unit (department, township, office) the person works for; null for the group roles. */
    Long unitId();

    StaffRole role();

    /** 系统管理员 (站群管理员): may act on every site. */
    default boolean administrator() {
        return role() == StaffRole.ADMINISTRATOR;
    }

    default boolean has(StaffRole r) {
        return role() == r;
    }
}
