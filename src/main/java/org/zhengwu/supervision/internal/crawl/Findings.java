package org.zhengwu.supervision.internal.crawl;

import java.time.OffsetDateTime;
import java.util.List;

/** What a crawl found, as stored and read back. */
public final class Findings {

    private Findings() {
    }

    /** A broken link or image of a page. */
    record Broken(String url, boolean image, boolean external, BrokenReason reason, Integer status, String detail) {
    }

    /** A listed typo found in a page's text, and the right form. */
    record Typo(String written, String replacement) {
    }

    /** A page with at least one finding. */
    record Page(String siteCode, String path, int links, List<Broken> broken, List<Typo> typos) {
    }

    /** A site's figures in a crawl (both scripts). */
    record Site(String siteCode, int pages, long internalLinks, long externalLinks, int broken, int typos,
                OffsetDateTime checkedAt) {
    }

    /** A broken link as the report lists it. */
    public record BrokenRow(String pagePath, String url, boolean image, boolean external, BrokenReason reason, Integer status,
                     String detail) {
    }

    /** A typo as the report lists it. */
    public record TypoRow(String pagePath, String written, String replacement) {
    }

    /** One crawl: its scope (null: the whole group), state and totals. */
    record Crawl(long id, String scope, String state, OffsetDateTime startedAt, OffsetDateTime finishedAt, int pages,
                 long links, int broken, int typos, String error) {

        boolean done() {
            return "DONE".equals(state);
        }
    }
}
