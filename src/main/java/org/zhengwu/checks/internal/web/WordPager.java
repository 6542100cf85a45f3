package org.zhengwu.checks.internal.web;

/** Where a page of a word list is, and the links to its neighbours (null at the ends). */
public record WordPager(int page, int pages, int total, String previous, String next) {
}
