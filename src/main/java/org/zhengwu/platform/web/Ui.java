package org.zhengwu.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.zhengwu.platform.console.ConsoleFrame;
import org.zhengwu.platform.console.ConsoleMenu;
import org.zhengwu.platform.security.StaffRole;

/**
 * What every console page needs besides its own data: the signed-in user, the CSRF token for its forms, the notice
 * or error carried over from the last action, the message bundle in the user's language, and the user's role: the
 * navigation shows each of the three administrators (三员) only their own pages.
 *
 * @param role the signed-in staff member's role; null when nobody (or not yet fully) is signed in
 * @param unreadNotices the signed-in staff member's unread notices (提醒 of the case engine; for the security
 *                      administrator, the open 安全告警)
 * @param frame the side navigation, unit, person and to-do count around the page
 */
public record Ui(String userName, CsrfField csrf, String notice, String error,
                 MessageSource messages, Locale locale, StaffRole role, long unreadNotices, ConsoleFrame frame) {

    /** 系统管理员: sites, publishing and staff accounts of the whole group. */
    public boolean administrator() {
        return role == StaffRole.ADMINISTRATOR;
    }

    /** 安全管理员: roles and the security policy. */
    public boolean securityAdministrator() {
        return role == StaffRole.SECURITY_ADMINISTRATOR;
    }

    /** 审计管理员: the audit log. */
    public boolean auditAdministrator() {
        return role == StaffRole.AUDIT_ADMINISTRATOR;
    }

    /** Whether sites and content are the user's work (see {@link StaffRole#worksOnContent()}). */
    public boolean worksOnContent() {
        return role != null && role.worksOnContent();
    }

    /** 互动分办员: the interaction hall's dispatcher. */
    public boolean dispatcher() {
        return role == StaffRole.DISPATCHER;
    }

    /** Who works on the interaction hall's letters: the dispatcher, supervisors, the units' handlers and leaders. */
    public boolean readsLetters() {
        return role == StaffRole.DISPATCHER || role == StaffRole.SUPERVISOR || role == StaffRole.CASE_HANDLER
                || role == StaffRole.UNIT_REVIEWER;
    }

    /**
     * Whether cases are the user's work: the unit's 办件人 and 单位审核人, the dispatcher, the supervisors, the
     * administrator (they see 待办, 台账 and 提醒).
     */
    public boolean worksOnCases() {
        return role == StaffRole.CASE_HANDLER || role == StaffRole.UNIT_REVIEWER || role == StaffRole.DISPATCHER
                || role == StaffRole.SUPERVISOR || role == StaffRole.ADMINISTRATOR;
    }

    /** The same with another count of unread notices (a page that has just marked some read). */
    public Ui withUnreadNotices(long count) {
        return new Ui(userName, csrf, notice, error, messages, locale, role, count, frame);
    }

    /** The side navigation for this person on this page. */
    public ConsoleMenu menu() {
        return frame.menu();
    }

    /** The UI text for {@code key} in the user's language (zh-CN first). */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Fully signed in as staff (not half-way, between password and second factor). */
    public boolean signedIn() {
        return userName != null && role != null;
    }
}
