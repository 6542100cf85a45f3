package org.zhengwu.review.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.review.internal.ReviewWorkflow.State;

/**
 * 内容 › 审核 for the content roles and 审核链设置 for the system administrator; on the console home, the items
 * waiting for the reviewer's level and the items returned to the unit's editors.
 */
@Component
@Order(1) // the home's counts in the order of the areas
class ReviewConsole implements ConsolePages, ConsoleTodos {

    private final WorkflowStore store;

    ReviewConsole(WorkflowStore store) {
        this.store = store;
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.forRoles(ConsoleArea.CONTENT, "console.nav.review", "/admin/review", 20,
                        StaffRole.contentRoles()),
                ConsoleEntry.of(ConsoleArea.CONTENT, "review.chains.title", "/admin/review/chains", 40,
                        StaffRole.ADMINISTRATOR));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoCount> todos(StaffPrincipal staff) {
        List<TodoCount> todos = new ArrayList<>();
        if (staff.unitId() != null && staff.role().reviewer()) {
            todos.add(TodoCount.work("review.todo.waiting", store.queueLength(staff.role(), staff.unitId()),
                    "/admin/review"));
        }
        if (staff.unitId() != null && staff.role() == StaffRole.EDITOR) {
            todos.add(TodoCount.work("review.todo.returned", store.count(staff.unitId(), State.RETURNED),
                    "/admin/review"));
        }
        return todos;
    }
}
