package org.zhengwu.cases.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.internal.CaseAccess;
import org.zhengwu.cases.internal.CaseNotices;
import org.zhengwu.cases.internal.CaseQueries;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;

/**
 * 办事 › 待办 and 提醒, 监管 › 办件台账 and 延期审批, 系统 › 工作日历; on the console home, the overdue cases in the
 * person's view, the extension requests waiting for the supervisors and the unread notices.
 */
@Component
@Order(3) // the home's counts in the order of the areas
class CasesConsole implements ConsolePages, ConsoleTodos {

    /** Who works on cases ({@link CaseAccess#worksOnCases}). */
    static final Set<StaffRole> CASE_ROLES = Set.of(StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER,
            StaffRole.DISPATCHER, StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);

    private final CaseQueries queries;
    private final CaseNotices notices;

    CasesConsole(CaseQueries queries, CaseNotices notices) {
        this.queries = queries;
        this.notices = notices;
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.forRoles(ConsoleArea.SERVICES, "cases.nav.cases", "/admin/cases", 10, CASE_ROLES),
                ConsoleEntry.forRoles(ConsoleArea.SERVICES, "cases.nav.notices", "/admin/cases/notices", 20, CASE_ROLES),
                ConsoleEntry.forRoles(ConsoleArea.SUPERVISION, "cases.ledger.title", "/admin/cases/ledger", 10,
                        CASE_ROLES),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "cases.extensions.title", "/admin/cases/extensions", 20,
                        StaffRole.SUPERVISOR),
                ConsoleEntry.of(ConsoleArea.SYSTEM, "cases.calendar.nav", "/admin/calendar", 70, StaffRole.ADMINISTRATOR));
    }

    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        if (!CaseAccess.worksOnCases(staff)) {
            return List.of();
        }
        List<TodoCount> todos = new ArrayList<>();
        if (CaseAccess.mayDecideExtension(staff)) {
            todos.add(TodoCount.work("cases.todo.extensions", queries.pendingExtensionCount(), "/admin/cases/extensions"));
        }
        todos.add(TodoCount.part("cases.todo.overdue", queries.overdue(staff), "/admin/cases/ledger?overdue=yes"));
        todos.add(TodoCount.part("cases.todo.notices", notices.unread(staff), "/admin/cases/notices"));
        return todos;
    }
}
