package org.zhengwu.platform.console;

import java.util.List;

/**
 * The side navigation as one signed-in person sees it: the areas that have entries for them, in order, and the
 * entry the current page belongs to (marked {@code aria-current="page"} and named in the breadcrumbs).
 *
 * @param current the entry of the page being shown; null on the console home and on pages outside every entry
 */
public record ConsoleMenu(List<Group> groups, ConsoleEntry current) {

    /** One area with its entries for this person. */
    public record Group(ConsoleArea area, List<ConsoleEntry> entries) {
    }

    public static ConsoleMenu empty() {
        return new ConsoleMenu(List.of(), null);
    }

    public boolean isCurrent(ConsoleEntry entry) {
        return entry.equals(current);
    }

    /** Whether the person may open this console address (one of their entries covers it). */
    public boolean offers(String path) {
        return groups.stream().flatMap(g -> g.entries().stream()).anyMatch(e -> e.covers(path));
    }
}
