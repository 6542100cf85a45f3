package org.zhengwu.sites.internal.web;

import org.zhengwu.sites.Column;

/** A column with its depth in the tree (0 at the top), for indenting. */
public record ColumnRow(Column column, int depth) {

    /** The name indented with full-width spaces, for select options where markup cannot indent. */
    public String indentedName() {
        return "\u3000".repeat(depth) + column.name();
    }
}
