package org.zhengwu.platform.console;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.ObjectProvider;
import org.zhengwu.platform.security.StaffPrincipal;

/**
 * The person's work across the modules ({@link ConsoleTodos}) and the frame of their console pages: navigation,
 * person, unit and to-do count.
 */
@Service
public class ConsoleWork {

    private final List<ConsoleTodos> todos;
    private final ConsoleNavigation navigation;
    private final ObjectProvider<UnitNames> units;

    ConsoleWork(List<ConsoleTodos> todos, ConsoleNavigation navigation, ObjectProvider<UnitNames> units) {
        this.todos = todos;
        this.navigation = navigation;
        this.units = units;
    }

    /** Every module's counts for the person, the modules' order kept. */
    public List<TodoCount> todos(StaffPrincipal staff) {
        return todos.stream().flatMap(t -> t.todos(staff).stream()).toList();
    }

    /** The frame of a console page at {@code uri} for the signed-in person. */
    public ConsoleFrame frame(StaffPrincipal staff, String uri) {
        long todo = todos(staff).stream().filter(TodoCount::work).mapToLong(TodoCount::count).sum();
        UnitNames names = units.getIfAvailable();
        String unit = staff.unitId() == null || names == null ? null : names.unitName(staff.unitId()).orElse(null);
        return new ConsoleFrame(navigation.menu(staff.role(), uri), staff.displayName(), unit, todo, uri);
    }
}
