package org.zhengwu.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Orders a site's columns as a tree read top-down: each parent followed by its children, by sort order. */
final class ColumnTree {

    private static final Comparator<Column> ORDER = Comparator.comparingInt(Column::sortOrder).thenComparingLong(Column::id);

    private ColumnTree() {
    }

    static List<Column> depthFirst(List<Column> columns) {
        Set<Long> ids = columns.stream().map(Column::id).collect(Collectors.toSet());
        Map<Long, List<Column>> byParent = columns.stream()
                .collect(Collectors.groupingBy(c -> c.parentId() == null || !ids.contains(c.parentId()) ? 0L : c.parentId()));
        List<Column> out = new ArrayList<>(columns.size());
        add(0L, byParent, out);
        return List.copyOf(out);
    }

    private static void add(long parent, Map<Long, List<Column>> byParent, List<Column> out) {
        for (Column c : byParent.getOrDefault(parent, List.of()).stream().sorted(ORDER).toList()) {
            out.add(c);
            add(c.id(), byParent, out);
        }
    }
}
