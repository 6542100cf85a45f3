package org.zhengwu.supervision.internal.reporting.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.supervision.internal.reporting.ReportQueue;

/**
 * 监管 › 报表报送 for the units' staff who fill in reports and the supervisors who decide them, 报表管理 for the
 * supervisors; on the home page, the reports waiting on the person.
 */
@Component
class ReportingConsole implements ConsolePages, ConsoleTodos {

    private final ReportQueue queue;

    ReportingConsole(ReportQueue queue) {
        this.queue = queue;
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "reporting.reports.title", "/admin/supervision/reports", 140,
                        StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER, StaffRole.SUPERVISOR),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "reporting.forms.title", "/admin/supervision/report-forms",
                        141, StaffRole.SUPERVISOR));
    }

    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        long n = queue.waitingFor(staff);
        if (n == 0) {
            return List.of();
        }
        return List.of(TodoCount.work(staff.role() == StaffRole.SUPERVISOR ? "reporting.todo.decide"
                : "reporting.todo.submit", n, "/admin/supervision/reports"));
    }
}
