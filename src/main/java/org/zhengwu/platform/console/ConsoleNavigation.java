package org.zhengwu.platform.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zhengwu.platform.security.StaffRole;

/**
 * The console's side navigation, built from every module's {@link ConsolePages}. An entry is shown to the roles its
 * module names for it: the roles that the console's URL rules and the module's own service checks let in, so the
 * navigation never offers a page that answers 403 ({@code ConsoleNavigationTest} opens every entry as every role).
 */
@Service
public class ConsoleNavigation {

    private final List<ConsoleEntry> entries;
    private final Map<StaffRole, List<ConsoleEntry>> byRole = new EnumMap<>(StaffRole.class);

    ConsoleNavigation(List<ConsolePages> pages) {
        this.entries = pages.stream().flatMap(p -> p.consoleEntries().stream())
                .sorted(Comparator.comparing(ConsoleEntry::area).thenComparingInt(ConsoleEntry::order)).toList();
        for (StaffRole role : StaffRole.values()) {
            byRole.put(role, entries.stream().filter(e -> e.roles().contains(role)).toList());
        }
    }

    /** Every declared entry, by area and order. */
    public List<ConsoleEntry> all() {
        return entries;
    }

    /** The entries of this role, by area and order. */
    public List<ConsoleEntry> entriesFor(StaffRole role) {
        return byRole.get(role);
    }

    /** The navigation for the person on the page at {@code uri}. */
    public ConsoleMenu menu(StaffRole role, String uri) {
        Map<ConsoleArea, List<ConsoleEntry>> areas = new EnumMap<>(ConsoleArea.class);
        ConsoleEntry current = null;
        for (ConsoleEntry e : entriesFor(role)) {
            areas.computeIfAbsent(e.area(), a -> new ArrayList<>()).add(e);
            // the most specific entry wins: /admin/letters/publication over /admin/letters
            if (e.covers(uri) && (current == null || e.path().length() > current.path().length())) {
                current = e;
            }
        }
        List<ConsoleMenu.Group> groups = new ArrayList<>();
        areas.forEach((area, list) -> groups.add(new ConsoleMenu.Group(area, List.copyOf(list))));
        return new ConsoleMenu(List.copyOf(groups), current);
    }
}
