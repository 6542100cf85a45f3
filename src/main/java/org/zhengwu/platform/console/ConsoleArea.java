package org.zhengwu.platform.console;

/** The areas of the console's side navigation, in their order; an area without entries for a role is not shown. */
public enum ConsoleArea {
    /** 内容: sites, content, review, publishing, search. */
    CONTENT,
    /** 互动: letters, mailboxes, surveys, the Open311 keys. */
    INTERACTION,
    /** 信访: petition cases, key cases with their leaders, screening rounds and duty rosters. */
    PETITIONS,
    /** 办事: the work on cases (待办) and, when it comes, the service hall's applications. */
    SERVICES,
    /** 监管: ledgers, extension requests and, when it comes, the supervision center. */
    SUPERVISION,
    /** 系统: staff, roles, the security policy, the audit and login logs, calendars and word lists. */
    SYSTEM,
    /** 我的账号: one's own password, second factor, reminder address and sign-ins. */
    ACCOUNT;

    /** The message key of the area's name. */
    public String labelKey() {
        return "console.area." + name().toLowerCase();
    }
}
