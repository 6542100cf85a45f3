package org.zhengwu.accounts.internal.web;

/** Where a list page is and the links to its neighbours (null at the ends). */
public record ListPager(int page, int pages, long total, String previous, String next) {
}
