package org.zhengwu.interaction.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengwu.interaction.internal.LetterAccess;
import org.zhengwu.interaction.internal.LetterQueues;
import org.zhengwu.interaction.internal.publication.LetterPublication;
import org.zhengwu.platform.console.ConsoleArea;
import org.zhengwu.platform.console.ConsoleEntry;
import org.zhengwu.platform.console.ConsolePages;
import org.zhengwu.platform.console.ConsoleTodos;
import org.zhengwu.platform.console.TodoCount;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.StaffRole;

/**
 * 互动: letters and their statistics for the letter roles, publication for the units' leaders, mailboxes for the
 * system administrator, surveys and the Open311 keys for the administrator and the dispatcher; on the console home,
 * the letters in the person's work list and those waiting for the leader's decision on publication.
 */
@Component
@Order(2) // the home's counts in the order of the areas
class InteractionConsole implements ConsolePages, ConsoleTodos {

    private final LetterQueues queues;
    private final LetterPublication publication;

    InteractionConsole(LetterQueues queues, LetterPublication publication) {
        this.queues = queues;
        this.publication = publication;
    }

    @Override
    public List<ConsoleEntry> consoleEntries() {
        return List.of(
                ConsoleEntry.forRoles(ConsoleArea.INTERACTION, "interaction.letters.nav", "/admin/letters", 10,
                        LetterAccess.LETTER_ROLES),
                ConsoleEntry.of(ConsoleArea.INTERACTION, "interaction.publication.waiting.nav",
                        "/admin/letters/publication", 20, StaffRole.UNIT_REVIEWER),
                ConsoleEntry.forRoles(ConsoleArea.INTERACTION, "interaction.statistics.nav", "/admin/letters/statistics",
                        30, LetterAccess.LETTER_ROLES),
                ConsoleEntry.of(ConsoleArea.INTERACTION, "interaction.mailboxes.nav", "/admin/mailboxes", 40,
                        StaffRole.ADMINISTRATOR),
                ConsoleEntry.of(ConsoleArea.INTERACTION, "survey.nav", "/admin/surveys", 50,
                        StaffRole.ADMINISTRATOR, StaffRole.DISPATCHER),
                ConsoleEntry.of(ConsoleArea.INTERACTION, "open311.keys.nav", "/admin/open311/keys", 60,
                        StaffRole.ADMINISTRATOR, StaffRole.DISPATCHER));
    }

    @Override
    public List<TodoCount> todos(StaffPrincipal staff) {
        List<TodoCount> todos = new ArrayList<>();
        if (LetterAccess.LETTER_ROLES.contains(staff.role()) && staff.role() != StaffRole.SUPERVISOR) {
            todos.add(TodoCount.work("interaction.todo.letters", queues.todoCount(staff), "/admin/letters"));
        }
        if (staff.role() == StaffRole.UNIT_REVIEWER) {
            todos.add(TodoCount.work("interaction.todo.publication", publication.waitingCount(staff),
                    "/admin/letters/publication"));
        }
        return todos;
    }
}
