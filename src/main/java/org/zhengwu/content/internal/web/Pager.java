package org.zhengwu.content.internal.web;

/** Where a list page is and the links to its neighbours (null at the ends). */
public record Pager(int page, int pages, int total, String previous, String next) {
}
