/**
 * The case engine (办件引擎) that letters, applications, supervised tasks and investment projects share: a case has a
 * type ({@link org.zhengwu.cases.CaseType}, registered by the owning module with its {@link org.zhengwu.cases.CaseFlow}),
 * an owner unit, a handler, a deadline in working days on the administrator's calendar ({@link
 * org.zhengwu.cases.WorkingDays}, {@code /admin/calendar}), reminders, overdue warnings and escalation, transfer,
 * return and extensions, a full history, and ledgers (台账) with Excel export. Modules use it through {@link
 * org.zhengwu.cases.Cases}, listen for {@link org.zhengwu.cases.CaseReminder}, and read {@link
 * org.zhengwu.cases.CaseFigures} for their statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.zhengwu.cases;
