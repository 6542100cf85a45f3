package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.zhengwu.content.ContentItem;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;

/** What the review pages show (public so the precompiled templates can take them). */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** A line of a queue or list. */
    public record Row(long itemId, String title, String siteName, String stateKey, Object[] stateArgs, int version,
                      boolean urgent, OffsetDateTime since, String reason) {
    }

    /** Runs of text that are in both versions, only in the new one, or only in the old one. */
    public enum Kind { SAME, INSERTED, DELETED }

    public record Segment(Kind kind, String text) {
    }

    /** A field that changed. */
    public record Field(String labelKey, List<Segment> segments) {
    }

    /** A level of the item's round. */
    public record StepView(int level, String reviewer, boolean urgentSkip, boolean skipped, boolean current) {
    }

    /** A line of the history. */
    public record HistoryLine(OffsetDateTime at, String who, String decisionKey, Integer level, Integer version,
                              String reason) {
    }

    /** A saved version. */
    public record VersionLine(int number, OffsetDateTime savedAt, String savedBy, String title) {
    }

    /** The review page of one item. */
    public record ItemPage(ContentItem reviewed, String siteName, String columnName, String stateKey, Object[] stateArgs,
                           List<StepView> steps, Integer baseVersion, boolean firstReview, List<Field> changes,
                           List<HistoryLine> history, List<VersionLine> versions, boolean mayDecide, boolean mayOverride,
                           boolean withdrawal, String reason) {
    }

    /** The queue page: what waits for me, what was returned to my unit, where my unit's items are. */
    public record Queue(List<Row> waiting, List<Row> returned, List<Row> inReview, boolean reviewer, boolean editor) {
    }

    /** Where the chain of a site or column comes from. */
    public enum ChainSource { COLUMN, PARENT_COLUMN, SITE, STANDARD }

    /** A chain as text, level by level. */
    public record ChainView(List<String> levels, boolean forbidSelfReview) {
    }

    /** A site's chain and the columns that have their own. */
    public record SiteChains(Site site, ChainView chain, ChainSource source, List<ColumnChain> columns) {
    }

    public record ColumnChain(Column column, ChainView chain) {
    }
}
