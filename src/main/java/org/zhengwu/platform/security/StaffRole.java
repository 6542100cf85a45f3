package org.zhengwu.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a staff member may do. Every account has exactly one role. Unit roles belong to one unit; the group roles
 * belong to none. The three administrators are kept apart (三员分立): none of them can do another's work.
 */
public enum StaffRole {
    /** 信息员: writes and edits the content and columns of their own unit's site, submits it for review. */
    EDITOR(true),
    /** 单位审核人 (the unit's leader): the first review level for their own unit's items. */
    UNIT_REVIEWER(true),
    /** 办公室审核人: reviews for the Party or the Government general office (the unit they belong to), across units. */
    OFFICE_REVIEWER(true),
    /** 保密审查员: the secrecy office's clearance, across units. */
    SECRECY_REVIEWER(true),
    /** 办件人: answers the letters (and later handles the cases) assigned to their own unit. */
    CASE_HANDLER(true),
    /** 监督员: reads every unit's content and ledgers, decides extension requests of cases, changes no content. */
    SUPERVISOR(false),
    /** 互动分办员: the interaction hall's dispatcher; assigns incoming letters to units, takes back returned ones. */
    DISPATCHER(false),
    /** 信访工作人员 (the petition office, 信访局): registers petitions from every channel, assigns them to units, keeps
     * the key cases' ledger; sees every petition of the group. */
    PETITION_OFFICER(false),
    /** 系统管理员 (站群管理员): sites, units, columns, publishing and staff accounts of the whole group. */
    ADMINISTRATOR(false),
    /** 安全管理员: roles and the security policy (passwords, sessions, second factor, word lists). */
    SECURITY_ADMINISTRATOR(false),
    /** 审计管理员: alone reads and exports the audit log. */
    AUDIT_ADMINISTRATOR(false);

    private final boolean unitBound;

    StaffRole(boolean unitBound) {
        this.unitBound = unitBound;
    }

    /** Whether an account of this role must belong to a unit (and may not belong to none). */
    public boolean unitBound() {
        return unitBound;
    }

    /** The review roles: they see the drafts that reach their queue, they do not write content. */
    public boolean reviewer() {
        return this == UNIT_REVIEWER || this == OFFICE_REVIEWER || this == SECRECY_REVIEWER;
    }

    /** Whether sites and content are this role's work: not the case roles, not the security and audit administrators. */
    public boolean worksOnContent() {
        return this != CASE_HANDLER && this != DISPATCHER && this != PETITION_OFFICER
                && this != SECURITY_ADMINISTRATOR && this != AUDIT_ADMINISTRATOR;
    }

    /** The roles whose work is sites and content ({@link #worksOnContent()}). */
    public static Set<StaffRole> contentRoles() {
        return Arrays.stream(values()).filter(StaffRole::worksOnContent).collect(Collectors.toUnmodifiableSet());
    }
}
