package org.zhengwu.platform.web;

import org.zhengwu.platform.security.StaffPrincipal;

/**
 * How many unread console notices (提醒) a staff member has, for the count in the navigation. The case engine
 * implements it; without an implementation the count is zero.
 */
public interface NoticeCount {

    long unread(StaffPrincipal staff);
}
