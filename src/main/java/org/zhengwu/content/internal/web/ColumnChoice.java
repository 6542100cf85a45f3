package org.zhengwu.content.internal.web;

import org.zhengwu.sites.ColumnKind;

/** A column offered in a select: its indented name and kind (the form shows policy fields for policy columns). */
public record ColumnChoice(long id, String label, ColumnKind kind) {
}
