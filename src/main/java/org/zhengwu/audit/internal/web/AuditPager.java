package org.zhengwu.audit.internal.web;

/** Where the audit page is, the links to its neighbours (null at the ends) and to the export of the same query. */
public record AuditPager(int page, int pages, long total, String previous, String next, String export) {
}
