package org.zhengwu.cases.internal.web;

/**
 * Where a list page is and the links to its neighbours (null at the ends).
 *
 * @param page from 1
 */
public record Paging(int page, int pages, long total, String previous, String next) {

    private static final int MAX_PAGE = 100_000;

    /** A page number as typed in a query string: from 1; anything unreadable is the first page. */
    static int page(String text) {
        try {
            return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(text == null ? "" : text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The pager of page {@code page} (from 1) of {@code total} rows; {@code link} is the page's URL up to the number. */
    static Paging of(int page, long total, int size, String link) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int at = Math.min(page, pages);
        return new Paging(at, pages, total, at > 1 ? link + (at - 1) : null, at < pages ? link + (at + 1) : null);
    }
}
