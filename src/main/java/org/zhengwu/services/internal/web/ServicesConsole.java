package org.zhengwu.services.internal.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.services.internal.application.ApplicationHandling;
import org.zhengwu.platform.security.StaffRole;

/**
 * 办事: 办事事项 for those who write guides — the system administrator (every unit) and the units' editors (信息员,
 * their own unit) — and the supervisors, who read every unit's items and their completeness; 网上申报 for the units'
 * handlers (办件人, 单位审核人) and, reading every unit's, the supervisors and the system administrator; 整改 (the
 * rectifications opened by bad ratings) for the same people.
 */
@Component
class ServicesConsole implements ConsolePages, ConsoleTodos {

    private final ApplicationHandling applications;

    ServicesConsole(ApplicationHandling applications) {
        this.applications = applications;
    }

    /** The unit's applications waiting for its handlers (not those waiting for the applicant's 补正). */
    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        long waiting = applications.waitingFor(staff);
        return waiting == 0 ? List.of()
                : List.of(TodoCount.work("service.applications.todo", waiting, "/admin/services/applications"));
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(ConsoleEntry.of(ConsoleArea.SERVICES, "service.items.nav", "/admin/services", 30,
                        StaffRole.ADMINISTRATOR, StaffRole.EDITOR, StaffRole.SUPERVISOR),
                ConsoleEntry.of(ConsoleArea.SERVICES, "service.applications.nav", "/admin/services/applications", 31,
                        StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.SERVICES, "service.rectifications.nav", "/admin/services/rectifications",
                        32, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER, StaffRole.SUPERVISOR,
                        StaffRole.ADMINISTRATOR));
    }
}
