package org.zhengwu.supervision.internal.tasks.web;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.supervision.internal.tasks.TaskViews;

/**
 * 监管 › 督办事项 for the supervisors and the units' staff, 督办超期 (the leader's view) for the supervisors; on the
 * home page, the unit's tasks with a 催办 nobody has opened yet.
 */
@Component
class TasksConsole implements ConsolePages, ConsoleTodos {

    private final TaskViews views;

    TasksConsole(TaskViews views) {
        this.views = views;
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "tasks.title", "/admin/supervision/tasks", 150,
                        StaffRole.SUPERVISOR, StaffRole.EDITOR, StaffRole.CASE_HANDLER, StaffRole.UNIT_REVIEWER),
                ConsoleEntry.of(ConsoleArea.SUPERVISION, "tasks.overdue.title", "/admin/supervision/overdue", 151,
                        StaffRole.SUPERVISOR));
    }

    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        long n = views.unseenUrges(staff);
        return n == 0 ? List.of() : List.of(TodoCount.work("tasks.todo.urged", n, "/admin/supervision/tasks"));
    }
}
