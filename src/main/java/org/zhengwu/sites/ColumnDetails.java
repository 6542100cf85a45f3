package org.zhengwu.sites;

/** The editable details of a column; {@code parentId} null puts it at the top of the tree. */
public record ColumnDetails(Long parentId, String code, String name, ColumnKind kind, int sortOrder,
                            String responsiblePerson, Integer updateIntervalDays, String externalUrl) {
}
