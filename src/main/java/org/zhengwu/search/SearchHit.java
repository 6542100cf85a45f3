package org.zhengwu.search;

import java.time.LocalDate;

/**
 * One result. {@code snippet} is plain text in simplified script where each matched passage is enclosed in
 * {@link #MARK_START} and {@link #MARK_END}, for the caller to render (and to convert to its script) as it needs.
 */
public record SearchHit(long id, String siteCode, String siteName, String column, String title, String url,
                        LocalDate date, String kind, String snippet) {

    public static final char MARK_START = '\uE000';
    public static final char MARK_END = '\uE001';
}
