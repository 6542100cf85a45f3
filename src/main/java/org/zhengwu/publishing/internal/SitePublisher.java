package org.zhengwu.publishing.internal;

import static org.zhengwu.publishing.PublicPaths.PAGE_SIZE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.zhengwu.content.Attachment;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Renders what changed. An item's publication renders exactly the pages it affects: its own page, the pages of its
 * neighbours (old and new), every list page and the feed of its column, the site's home page and sitemap, the pages
 * of its related policy or interpretations, and the portal's home when a unit's news changed. A site's change
 * renders the whole site, streaming its items column by column.
 */
@Component
public class SitePublisher {

    /** Items per column block on a home page. */
    static final int BLOCK_SIZE = 8;
    /** Unit news on the portal's home page. */
    static final int UNIT_NEWS = 10;

    private static final Comparator<ContentSummary> LIST_ORDER = Comparator
            .comparing(ContentSummary::pinned, Comparator.reverseOrder())
            .thenComparing(ContentSummary::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ContentSummary::id, Comparator.reverseOrder());

    private final SiteDirectory sites;
    private final ContentQueries contents;
    private final Frames frames;
    private final ViewBuilder views;
    private final PageRenderer renderer;
    private final PublicFolder folder;
    private final SiteLocks locks;
    private final RenderRequests requests;
    private final SectionRenderer sections;

    SitePublisher(SiteDirectory sites, ContentQueries contents, Frames frames, ViewBuilder views, PageRenderer renderer,
                  PublicFolder folder, SiteLocks locks, RenderRequests requests, SectionRenderer sections) {
        this.requests = requests;
        this.sections = sections;
        this.sites = sites;
        this.contents = contents;
        this.frames = frames;
        this.views = views;
        this.renderer = renderer;
        this.folder = folder;
        this.locks = locks;
    }

    // ------------------------------------------------------------------ one item

    /** Brings the public pages in line with the item's current state, published or not. */
    public void itemChanged(long itemId) {
        ContentItem item = contents.item(itemId).orElse(null);
        if (item == null) {
            return;
        }
        Site site = sites.site(item.siteId()).orElse(null);
        Column column = sites.column(item.columnId()).orElse(null);
        if (site == null || column == null) {
            return;
        }
        if (requests.rebuildWillRender(site.id())) {
            return;
        }
        Set<Long> elsewhere = new LinkedHashSet<>();
        boolean unitNews = locks.withSite(site.id(), () -> itemChangedLocked(site, column, item, elsewhere));
        // related items on other sites, and the portal's aggregation, each under its own site's lock
        for (long otherId : elsewhere) {
            contents.publishedItem(otherId).ifPresent(other -> sites.site(other.siteId())
                    .filter(s -> !requests.rebuildWillRender(s.id()))
                    .ifPresent(s -> locks.withSite(s.id(), () -> new Operation(s, new PageCounter()).renderItem(other.id()))));
        }
        if (unitNews && !site.portal()) {
            unitNewsChanged(item);
        }
    }

    private boolean itemChangedLocked(Site site, Column column, ContentItem item, Set<Long> elsewhere) {
        Operation op = new Operation(site, new PageCounter());
        long id = item.id();
        Set<Column> touched = new LinkedHashSet<>();
        touched.add(column);
        Set<Long> again = new LinkedHashSet<>();

        // 1. where the page is now: its old neighbours still link to it; an old copy in another column must go
        for (Column c : sites.columns(site.id())) {
            if (c.kind() == ColumnKind.LINK) {
                continue;
            }
            String old = folder.readText(PublicPaths.item(site.code(), c.code(), id));
            if (old == null) {
                continue;
            }
            again.addAll(PublishedPages.linkedItems(old));
            if (c.id() != column.id() || !item.isPublished()) {
                op.writer.deleteItem(c, id);
                touched.add(c);
            }
        }
        // 2. the item and its new neighbours
        List<Row> rows = op.rows(column);
        if (item.isPublished() && column.kind() != ColumnKind.LINK) {
            int at = indexOf(rows, id);
            if (at >= 0) {
                op.writer.item(op.page(item, column, rows, at));
                if (at > 0) {
                    again.add(rows.get(at - 1).id());
                }
                if (at + 1 < rows.size()) {
                    again.add(rows.get(at + 1).id());
                }
            }
        } else {
            // taken offline: the items around the gap now follow each other
            int at = insertionPoint(rows, item.summaryView());
            if (at > 0) {
                again.add(rows.get(at - 1).id());
            }
            if (at < rows.size()) {
                again.add(rows.get(at).id());
            }
        }
        // 3. related policy documents and interpretations
        if (column.kind() == ColumnKind.POLICY) {
            contents.interpretationsOf(id).forEach(s -> again.add(s.id()));
        }
        if (item.interpretsId() != null) {
            again.add(item.interpretsId());
        }
        again.remove(id);
        for (long otherId : again) {
            ContentItem other = contents.publishedItem(otherId).orElse(null);
            if (other == null) {
                continue;
            }
            if (other.siteId() != site.id()) {
                elsewhere.add(otherId);
            } else {
                op.renderItem(other);
            }
        }
        // 4. lists, feeds, single pages of the columns it was or is in; the home page and the sitemap
        boolean news = false;
        for (Column c : touched) {
            op.columnPages(c);
            news |= c.kind() == ColumnKind.NEWS;
        }
        requests.cover(RenderRequests.home(site.id()));
        if (site.portal()) {
            // the portal's own items leave the units' news as the page shows them
            List<Long> shown = PublishedPages.shownUnitNews(folder.readText(PublicPaths.file(PublicPaths.site(site.code()))));
            op.home(shown == null ? unitNews() : newestUnitNews(shown));
        } else {
            op.home(List.of());
        }
        op.sitemap();
        return news;
    }

    /** Re-renders the portal's home page (unit news and the list of unit sites changed). */
    public void portalHome() {
        sites.portal().filter(p -> !requests.rebuildWillRender(p.id())).ifPresent(portal -> {
            String key = RenderRequests.home(portal.id());
            long ticket = requests.ticket(key);
            locks.withSite(portal.id(), () -> {
                if (requests.begin(key, ticket)) {
                    new Operation(portal, new PageCounter()).home();
                }
            });
        });
    }

    /**
     * A unit's news item was published or taken offline: the portal's aggregation changes only if the item enters it,
     * leaves it or moves within it. The aggregation on the portal's current home page is the starting point (the
     * published page is the record of what it shows), so this costs a handful of rows instead of a scan of every
     * unit's news.
     */
    void unitNewsChanged(ContentItem item) {
        sites.portal().filter(p -> !requests.rebuildWillRender(p.id())).ifPresent(portal -> {
            String key = RenderRequests.home(portal.id());
            long ticket = requests.ticket(key);
            locks.withSite(portal.id(), () -> {
                if (!requests.begin(key, ticket)) {
                    return;
                }
                List<Long> shown = PublishedPages.shownUnitNews(folder.readText(PublicPaths.file(PublicPaths.site(portal.code()))));
                List<Row> news;
                if (shown == null || shown.contains(item.id())) {
                    news = unitNews();
                } else if (!item.isPublished()) {
                    return; // it was not on the portal
                } else {
                    List<Long> candidates = new ArrayList<>(shown);
                    candidates.add(item.id());
                    news = newestUnitNews(candidates);
                    if (news.stream().map(Row::id).toList().equals(shown)) {
                        return; // older than everything shown: the portal does not change
                    }
                }
                new Operation(portal, new PageCounter()).home(news);
            });
        });
    }

    /** The newest published unit news among these items. */
    private List<Row> newestUnitNews(List<Long> ids) {
        var statuses = contents.statuses(ids);
        return contents.summaries(ids).stream()
                .filter(s -> statuses.get(s.id()) == org.zhengwu.content.ContentStatus.PUBLISHED)
                .filter(s -> sites.site(s.siteId()).map(x -> !x.portal()).orElse(false)
                        && sites.column(s.columnId()).map(c -> c.kind() == ColumnKind.NEWS).orElse(false))
                .sorted(Comparator.comparing(ContentSummary::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ContentSummary::id, Comparator.reverseOrder()))
                .limit(UNIT_NEWS).map(Row::new).toList();
    }

    /** A site's name, theme, footer or columns changed: renders all of it (once for a burst of changes). */
    public void siteChanged(long siteId) {
        String key = RenderRequests.site(siteId);
        long ticket = requests.ticket(key);
        Site site = sites.site(siteId).orElse(null);
        if (site == null || requests.rebuildWillRender(siteId)) {
            return;
        }
        boolean rendered = locks.withSite(siteId, () -> {
            if (!requests.begin(key, ticket)) {
                return false;
            }
            // read the site again under the lock: the directory may have changed while this waited
            renderSiteLocked(sites.site(siteId).orElse(site), prefetchedRelations(), new PageCounter(), false);
            return true;
        });
        if (rendered) {
            if (site.portal()) {
                // pages outside any site wear the portal's frame
                notFoundPages(new PageCounter());
                sections.renderAll(new PageCounter());
            } else {
                portalHome();
            }
        }
    }

    /** The page of an item as it was last saved (even a draft), for staff to check before it goes online. */
    public byte[] preview(long itemId) {
        ContentItem item = contents.latestVersion(itemId).orElseThrow(() -> new org.zhengwu.platform.RuleViolation("publishing.preview.not-found", itemId));
        Site site = sites.site(item.siteId()).orElseThrow();
        Column column = sites.column(item.columnId()).orElseThrow();
        Relations rel = Relations.query(contents);
        ItemPage page = new ItemPage(item, column, new Row(item.summaryView()), null, null, item.attachments(),
                column.kind() == ColumnKind.POLICY ? rel.interpretationsOf(item.id()) : List.of(),
                item.interpretsId() == null ? null : rel.policy(item.interpretsId()), false, true);
        return renderer.item(views.item(frames.frame(site, Script.HANS), site, page));
    }

    // ------------------------------------------------------------------ whole site

    /** For the full rebuild: renders every page of a site, then deletes the files of its folders that are no longer pages. */
    void renderSite(Site site, Relations relations, PageCounter counter) {
        locks.withSite(site.id(), () -> renderSiteLocked(site, relations, counter, true));
    }

    private void renderSiteLocked(Site site, Relations relations, PageCounter counter, boolean rebuild) {
        if (rebuild) {
            requests.rebuildReached(site.id());
        }
        requests.cover(RenderRequests.site(site.id()));
        requests.cover(RenderRequests.home(site.id()));
        counter.currentSite(site.code());
        SiteWriter w = new SiteWriter(site, frames, views, renderer, folder, counter, true);
        List<ViewBuilder.BlockData> blocks = new ArrayList<>();
        List<String> sitemap = new ArrayList<>();
        sitemap.add(PublicPaths.site(site.code()));
        for (Column c : sites.columns(site.id())) {
            if (c.kind() != ColumnKind.LINK) {
                new ColumnStream(w, c, relations, blocks, sitemap).run();
            }
        }
        w.home(blocks, site.portal() ? unitNews() : List.of());
        w.sitemap(sitemap);
        sections.renderForSite(site, w);
        w.sweep();
    }

    Relations prefetchedRelations() {
        return Relations.prefetch(contents, sites);
    }

    /** The group's "page not found" page in both scripts. */
    public void notFoundPages(PageCounter counter) {
        for (Script s : counter.scripts()) {
            folder.write(s.prefix() + "/404.html", renderer.notFound(views.notFound(frames.groupFrame(s))));
            counter.page(s);
        }
    }

    /** The newest news of all unit sites, for the portal's home page. */
    private List<Row> unitNews() {
        List<Long> columns = new ArrayList<>();
        for (Site s : sites.sites()) {
            if (!s.portal()) {
                for (Column c : sites.columns(s.id())) {
                    if (c.kind() == ColumnKind.NEWS) {
                        columns.add(c.id());
                    }
                }
            }
        }
        return contents.latest(columns, UNIT_NEWS).stream().map(Row::new).toList();
    }

    /**
     * One pass over a column's published items in list order, holding only the item before, the item itself and
     * the one after (for the previous/next links) and one list page of summaries: every item page, every list page,
     * the feed, the home page block and the sitemap entries come out of the same pass.
     */
    private final class ColumnStream implements Consumer<ContentItem> {
        private final SiteWriter w;
        private final Column column;
        private final Relations relations;
        private final List<ViewBuilder.BlockData> blocks;
        private final List<String> sitemap;
        private final boolean lists;
        private final int pages;
        private final Map<Long, List<Attachment>> attachments;
        private ContentItem current;
        private Row currentRow;
        private Row previousRow;
        private List<Row> pageRows = new ArrayList<>(PAGE_SIZE);
        private List<Row> firstPage = List.of();
        private final List<Row> block = new ArrayList<>(BLOCK_SIZE);
        private int page = 1;
        private int seen;

        ColumnStream(SiteWriter w, Column column, Relations relations, List<ViewBuilder.BlockData> blocks, List<String> sitemap) {
            this.w = w;
            this.column = column;
            this.relations = relations;
            this.blocks = blocks;
            this.sitemap = sitemap;
            this.lists = column.kind().listsItems();
            this.pages = Math.max(1, ceilDiv(contents.countPublished(column.id()), PAGE_SIZE));
            var withFiles = contents.itemsWithAttachments(column.id());
            this.attachments = withFiles.isEmpty() ? Map.of() : contents.attachments(withFiles);
        }

        void run() {
            contents.forEachPublished(column.id(), this);
            if (current != null) {
                w.item(page(current, currentRow, previousRow, null, false));
            }
            if (lists) {
                if (!pageRows.isEmpty() || page == 1) {
                    w.list(column, page, Math.max(pages, page), pageRows);
                    if (page == 1) {
                        firstPage = pageRows;
                    }
                }
                w.feed(column, firstPage);
                if (!block.isEmpty()) {
                    blocks.add(new ViewBuilder.BlockData(column, block));
                }
            } else if (seen == 0) {
                w.list(column, 1, 1, List.of());
            }
            sitemap.add(PublicPaths.column(w.site().code(), column.code()));
        }

        @Override
        public void accept(ContentItem item) {
            Row row = new Row(item.summaryView());
            seen++;
            if (current != null) {
                w.item(page(current, currentRow, previousRow, row, false));
                previousRow = currentRow;
            }
            current = item;
            currentRow = row;
            if (seen == 1 && column.kind() == ColumnKind.PAGE) {
                w.item(page(item, row, null, null, true));
            }
            if (lists) {
                pageRows.add(row);
                if (pageRows.size() == PAGE_SIZE) {
                    w.list(column, page, Math.max(pages, page), pageRows);
                    if (page == 1) {
                        firstPage = pageRows;
                    }
                    page++;
                    pageRows = new ArrayList<>(PAGE_SIZE);
                }
                if (block.size() < BLOCK_SIZE) {
                    block.add(row);
                }
            }
            sitemap.add(PublicPaths.item(w.site().code(), column.code(), item.id()));
        }

        private ItemPage page(ContentItem item, Row self, Row prev, Row next, boolean asColumnPage) {
            return new ItemPage(item, column, self, prev, next, attachments.getOrDefault(item.id(), List.of()),
                    column.kind() == ColumnKind.POLICY ? relations.interpretationsOf(item.id()) : List.of(),
                    item.interpretsId() == null ? null : relations.policy(item.interpretsId()), asColumnPage, false);
        }
    }

    // ------------------------------------------------------------------ a few pages of one site

    /** The pages of one site that one change touches; column lists are read once and shared by every page. */
    private final class Operation {
        final Site site;
        final SiteWriter writer;
        final Relations relations = Relations.query(contents);
        final Map<Long, List<Row>> rows = new HashMap<>();

        Operation(Site site, PageCounter counter) {
            this.site = site;
            this.writer = new SiteWriter(site, frames, views, renderer, folder, counter, false);
        }

        /** Every published item of a column in list order, as summaries (no bodies). */
        List<Row> rows(Column c) {
            return rows.computeIfAbsent(c.id(), id -> contents.publishedPage(id, 0, Integer.MAX_VALUE).stream().map(Row::new).toList());
        }

        ItemPage page(ContentItem item, Column c, List<Row> list, int at) {
            Row prev = at > 0 ? list.get(at - 1) : null;
            Row next = at + 1 < list.size() ? list.get(at + 1) : null;
            List<Attachment> files = contents.attachments(List.of(item.id())).getOrDefault(item.id(), List.of());
            return new ItemPage(item, c, list.get(at), prev, next, files,
                    c.kind() == ColumnKind.POLICY ? relations.interpretationsOf(item.id()) : List.of(),
                    item.interpretsId() == null ? null : relations.policy(item.interpretsId()), false, false);
        }

        void renderItem(long itemId) {
            contents.publishedItem(itemId).ifPresent(this::renderItem);
        }

        void renderItem(ContentItem item) {
            Column c = sites.column(item.columnId()).orElse(null);
            if (c == null || c.kind() == ColumnKind.LINK) {
                return;
            }
            List<Row> list = rows(c);
            int at = indexOf(list, item.id());
            if (at >= 0) {
                writer.item(page(item, c, list, at));
            }
        }

        /** All list pages and the feed of a listing column, or the page of a single-page column. */
        void columnPages(Column c) {
            List<Row> list = rows(c);
            if (c.kind() == ColumnKind.LINK) {
                return;
            }
            if (!c.kind().listsItems()) {
                ContentItem first = list.isEmpty() ? null : contents.publishedItem(list.get(0).id()).orElse(null);
                if (first == null) {
                    writer.list(c, 1, 1, List.of());
                } else {
                    ItemPage p = page(first, c, list, 0);
                    writer.item(new ItemPage(p.item(), c, p.self(), null, null, p.attachments(), p.interpretations(),
                            p.policy(), true, false));
                }
                return;
            }
            int pages = Math.max(1, ceilDiv(list.size(), PAGE_SIZE));
            for (int page = 1; page <= pages; page++) {
                writer.list(c, page, pages, list.subList((page - 1) * PAGE_SIZE, Math.min(list.size(), page * PAGE_SIZE)));
            }
            writer.deleteListPagesFrom(c, pages + 1);
            writer.feed(c, list.subList(0, Math.min(list.size(), PAGE_SIZE)));
        }

        void home() {
            home(site.portal() ? unitNews() : List.of());
        }

        /**
         * The site's home page. Blocks of columns this change touched are read fresh; the others show what the
         * current home page shows (their items read again by id, so titles stay current), which saves sorting every
         * column of the site for one item's change.
         */
        void home(List<Row> unitNews) {
            Map<Long, List<Long>> shown = PublishedPages.shownBlocks(folder.readText(PublicPaths.file(PublicPaths.site(site.code()))));
            List<Long> wanted = new ArrayList<>();
            for (Column c : sites.columns(site.id())) {
                if (c.kind().listsItems() && !rows.containsKey(c.id()) && shown != null && shown.get(c.id()) != null) {
                    wanted.addAll(shown.get(c.id()));
                }
            }
            Map<Long, ContentSummary> byId = new HashMap<>();
            if (!wanted.isEmpty()) {
                var statuses = contents.statuses(wanted);
                for (ContentSummary s : contents.summaries(wanted)) {
                    if (statuses.get(s.id()) == org.zhengwu.content.ContentStatus.PUBLISHED) {
                        byId.put(s.id(), s);
                    }
                }
            }
            List<ViewBuilder.BlockData> blocks = new ArrayList<>();
            for (Column c : sites.columns(site.id())) {
                if (!c.kind().listsItems()) {
                    continue;
                }
                List<Row> cached = rows.get(c.id());
                List<Long> ids = shown == null ? null : shown.get(c.id());
                List<Row> first;
                if (cached != null) {
                    first = cached.subList(0, Math.min(cached.size(), BLOCK_SIZE));
                } else if (ids != null) {
                    first = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(Row::new).toList();
                } else {
                    first = contents.publishedPage(c.id(), 0, BLOCK_SIZE).stream().map(Row::new).toList();
                }
                if (!first.isEmpty()) {
                    blocks.add(new ViewBuilder.BlockData(c, first));
                }
            }
            writer.home(blocks, unitNews);
        }

        void sitemap() {
            List<String> paths = new ArrayList<>();
            paths.add(PublicPaths.site(site.code()));
            for (Column c : sites.columns(site.id())) {
                if (c.kind() == ColumnKind.LINK) {
                    continue;
                }
                paths.add(PublicPaths.column(site.code(), c.code()));
                List<Row> cached = rows.get(c.id());
                List<Long> ids = cached != null ? cached.stream().map(Row::id).toList() : contents.publishedOrder(c.id());
                for (long id : ids) {
                    paths.add(PublicPaths.item(site.code(), c.code(), id));
                }
            }
            writer.sitemap(paths);
        }
    }

    private static int indexOf(List<Row> rows, long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Where an item would stand in a list in list order (pinned first, newest first, higher id first). */
    static int insertionPoint(List<Row> rows, ContentSummary item) {
        int i = 0;
        while (i < rows.size() && LIST_ORDER.compare(rows.get(i).summary(), item) < 0) {
            i++;
        }
        return i;
    }

    static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
