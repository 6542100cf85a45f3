package org.zhengwu.platform.web;

import org.zhengwu.platform.security.StaffPrincipal;

/**
 * How many unread console notices a staff member has, for the count in the navigation: the case engine's reminders
 * (提醒) and the security administrator's alerts (安全告警) implement it, and the counts add up; without an
 * implementation the count is zero.
 */
public interface NoticeCount {

    long unread(StaffPrincipal staff);
}
