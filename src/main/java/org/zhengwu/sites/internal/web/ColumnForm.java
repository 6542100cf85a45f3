package org.zhengwu.sites.internal.web;

import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;

/** The column form exactly as typed. */
public record ColumnForm(String parentId, String code, String name, String kind, String sortOrder,
                         String responsiblePerson, String updateIntervalDays, String externalUrl) {

    static ColumnForm empty(Long parentId) {
        return new ColumnForm(parentId == null ? "" : parentId.toString(), "", "", ColumnKind.NEWS.name(), "0", "", "", "");
    }

    static ColumnForm of(Column c) {
        return new ColumnForm(c.parentId() == null ? "" : c.parentId().toString(), c.code(), c.name(), c.kind().name(),
                String.valueOf(c.sortOrder()), c.responsiblePerson(),
                c.updateIntervalDays() == null ? "" : c.updateIntervalDays().toString(), c.externalUrl());
    }

    ColumnDetails toDetails() {
        ColumnKind k;
        try {
            k = kind == null || kind.isBlank() ? null : ColumnKind.parse(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        Long parent = parseLong(parentId, "column.parent.not-found");
        Integer order = parseInt(sortOrder, "column.sort-order.invalid");
        Integer interval = parseInt(updateIntervalDays, "column.interval.range");
        return new ColumnDetails(parent, SiteForm.trim(code), SiteForm.trim(name), k, order == null ? 0 : order,
                SiteForm.blankToNull(responsiblePerson), interval, SiteForm.blankToNull(externalUrl));
    }

    private static Long parseLong(String s, String key) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(key);
        }
    }

    private static Integer parseInt(String s, String key) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(key);
        }
    }
}
