package org.zhengwu.supervision.internal.inspection.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.supervision.internal.inspection.InspectionResults;

/**
 * 监管: 网站自查 (every site for the supervisors and the system administrator, the unit's own sites for its editors,
 * leader and handlers) and 自查设置 (supervisors, system administrator). A unit's staff count the warnings and trips
 * standing for their unit as work.
 */
@Component
class InspectionConsole implements ConsolePages, ConsoleTodos {

    static final String OVERVIEW = "/admin/supervision/inspection";
    static final String SETTINGS = "/admin/supervision/inspection-settings";

    private final InspectionResults results;

    InspectionConsole(InspectionResults results) {
        this.results = results;
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.SUPERVISION, "inspection.nav", OVERVIEW, 100, StaffRole.EDITOR,
                        StaffRole.UNIT_REVIEWER, StaffRole.CASE_HANDLER, StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "inspection.settings.nav", SETTINGS, 101, StaffRole.SUPERVISOR,
                        StaffRole.ADMINISTRATOR));
    }

    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        long n = results.todo(staff);
        return n == 0 ? List.of() : List.of(TodoCount.work("inspection.todo", n, OVERVIEW));
    }
}
