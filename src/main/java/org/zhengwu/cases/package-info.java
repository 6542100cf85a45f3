/**
 * The case engine (办件引擎) that mailboxes, applications and supervised tasks will share. For now it holds the
 * working-day calendar: weekends, public holidays and make-up workdays (调休) entered by the administrator under
 * {@code /admin/calendar}, and {@link org.zhengwu.cases.WorkingDays}, which counts deadlines in working days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.zhengwu.cases;
