package org.zhengwu.publishing.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.zhengwu.content.Attachment;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentSummary;
import org.zhengwu.content.PolicyMetadata;
import org.zhengwu.publishing.PortalHall;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.publishing.internal.Views.AttachmentLink;
import org.zhengwu.publishing.internal.Views.Block;
import org.zhengwu.publishing.internal.Views.Crumb;
import org.zhengwu.publishing.internal.Views.Entry;
import org.zhengwu.publishing.internal.Views.Hall;
import org.zhengwu.publishing.internal.Views.Head;
import org.zhengwu.publishing.internal.Views.HomeView;
import org.zhengwu.publishing.internal.Views.ItemView;
import org.zhengwu.publishing.internal.Views.ListView;
import org.zhengwu.publishing.internal.Views.MetaRow;
import org.zhengwu.publishing.internal.Views.NotFoundView;
import org.zhengwu.publishing.internal.Views.Pager;
import org.zhengwu.publishing.internal.Views.SiteLink;

/** Turns content into the page models of one script: texts converted, links written for that script. */
@Component
public class ViewBuilder {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    /** A column block on a home page: the column and its first items in list order. */
    public record BlockData(Column column, List<Row> rows) {
    }

    private final SiteDirectory sites;
    private final Texts texts;
    private final Frames frames;

    ViewBuilder(SiteDirectory sites, Texts texts, Frames frames) {
        this.sites = sites;
        this.texts = texts;
        this.frames = frames;
    }

    public ItemView item(Frame f, Site site, ItemPage p) {
        Script sc = f.script();
        ContentItem item = p.item();
        Column col = p.column();
        String path = p.asColumnPage() ? PublicPaths.column(site.code(), col.code()) : PublicPaths.item(site.code(), col.code(), item.id());
        String title = p.self().title(sc, texts);
        Head head = new Head(title + " - " + f.siteName(), path, topColumn(col), null, p.preview());
        List<Crumb> crumbs = crumbs(f, site, col, !p.asColumnPage());

        List<MetaRow> policy = new ArrayList<>();
        PolicyMetadata m = item.policy();
        if (m != null && !m.isEmpty()) {
            meta(policy, f, "publishing.policy.index-no", m.indexNo());
            meta(policy, f, "publishing.policy.authority", f.text(m.issuingAuthority()));
            meta(policy, f, "publishing.policy.document-no", f.text(m.documentNo()));
            meta(policy, f, "publishing.policy.written-date", m.writtenDate() == null ? null : Row.DAY.format(m.writtenDate()));
            meta(policy, f, "publishing.policy.topic", f.text(m.topicCategory()));
            meta(policy, f, "publishing.policy.validity", m.validity() == null ? null : f.t("publishing.validity." + m.validity().name()));
        }
        List<AttachmentLink> attachments = new ArrayList<>();
        for (Attachment a : p.attachments()) {
            attachments.add(new AttachmentLink(a.path(), f.text(a.fileName()), size(a.sizeBytes())));
        }
        List<Entry> interpretations = new ArrayList<>();
        for (Row r : p.interpretations()) {
            Entry e = entry(f, r, false);
            if (e != null) {
                interpretations.add(e);
            }
        }
        Entry policyLink = p.policy() == null ? null : entry(f, p.policy(), false);
        boolean neighbours = !p.asColumnPage() && !p.preview();
        return new ItemView(f, head, crumbs, title, f.text(item.subtitle()),
                item.publishedAt() == null ? "" : MINUTE.format(item.publishedAt()),
                item.publishedAt() == null ? null : item.publishedAt().toString(),
                f.text(item.source()), f.text(item.author()), policy, item.coverImage(), f.html(item.bodyHtml()),
                item.externalLink(), attachments, interpretations, policyLink, neighbours,
                p.prev() == null ? null : neighbour(f, site, col, p.prev()),
                p.next() == null ? null : neighbour(f, site, col, p.next()), p.preview());
    }

    public ListView list(Frame f, Site site, Column c, int page, int pages, List<Row> rows) {
        Script sc = f.script();
        String name = f.columnName(c.id(), c.name());
        String title = page > 1 ? name + " - " + texts.format(sc, "publishing.pager.position", String.valueOf(page), String.valueOf(pages)) : name;
        String feed = c.kind().listsItems() ? f.href(PublicPaths.feed(site.code(), c.code())) : null;
        Head head = new Head(title + " - " + f.siteName(), PublicPaths.listPage(site.code(), c.code(), page), topColumn(c), feed, false);
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Row r : rows) {
            entries.add(entry(f, site, c, r));
        }
        List<Frame.NavLink> children = new ArrayList<>();
        for (Column child : sites.children(c.id())) {
            boolean external = child.kind() == ColumnKind.LINK;
            children.add(new Frame.NavLink(child.id(), external ? child.externalUrl()
                    : f.href(PublicPaths.column(site.code(), child.code())), f.columnName(child.id(), child.name()), external));
        }
        Pager pager = null;
        if (pages > 1) {
            pager = new Pager(page, pages,
                    page > 1 ? f.href(PublicPaths.listPage(site.code(), c.code(), 1)) : null,
                    page > 1 ? f.href(PublicPaths.listPage(site.code(), c.code(), page - 1)) : null,
                    page < pages ? f.href(PublicPaths.listPage(site.code(), c.code(), page + 1)) : null,
                    page < pages ? f.href(PublicPaths.listPage(site.code(), c.code(), pages)) : null,
                    texts.format(sc, "publishing.pager.position", String.valueOf(page), String.valueOf(pages)));
        }
        return new ListView(f, head, crumbs(f, site, c, false), name, children, entries, c.kind() == ColumnKind.PHOTO,
                pager, feed);
    }

    public HomeView home(Frame f, Site site, List<BlockData> blocks, List<Row> unitNews) {
        List<Block> out = new ArrayList<>();
        for (BlockData b : blocks) {
            List<Entry> entries = new ArrayList<>(b.rows().size());
            for (Row r : b.rows()) {
                entries.add(entry(f, site, b.column(), r));
            }
            out.add(new Block(b.column().id(), f.columnName(b.column().id(), b.column().name()),
                    f.href(PublicPaths.column(site.code(), b.column().code())), b.column().kind() == ColumnKind.PHOTO, entries));
        }
        List<Entry> news = null;
        List<SiteLink> departments = null;
        List<SiteLink> townships = null;
        List<Hall> halls = null;
        if (site.portal()) {
            halls = new ArrayList<>();
            for (PortalHall h : frames.halls()) {
                List<SiteLink> doors = new ArrayList<>();
                for (PortalHall.Link l : h.links()) {
                    doors.add(new SiteLink(f.href(l.path()), f.text(l.label())));
                }
                halls.add(new Hall("hall-" + (halls.size() + 1), f.text(h.name()), f.href(h.path()), f.text(h.intro()), doors));
            }
            news = new ArrayList<>();
            for (Row r : unitNews) {
                Entry e = entry(f, r, true);
                if (e != null) {
                    news.add(e);
                }
            }
            departments = new ArrayList<>();
            townships = new ArrayList<>();
            for (Site s : sites.sites()) {
                if (s.portal()) {
                    continue;
                }
                SiteLink link = new SiteLink(f.href(PublicPaths.site(s.code())), f.text(s.name()));
                boolean township = sites.unit(s.unitId()).map(u -> u.kind() == org.zhengwu.sites.UnitKind.TOWNSHIP).orElse(false);
                (township ? townships : departments).add(link);
            }
        }
        Head head = new Head(f.siteName(), PublicPaths.site(site.code()), 0, null, false);
        return new HomeView(f, head, out, news, departments, townships, halls);
    }

    public NotFoundView notFound(Frame f) {
        return new NotFoundView(f, new Head(f.t("publishing.notfound.title") + " - " + f.siteName(), "/404.html", -1, null, true));
    }

    /** An entry of a list in the same site and column as the page. */
    Entry entry(Frame f, Site site, Column c, Row r) {
        ContentSummary s = r.summary();
        boolean external = s.externalLink() != null && !s.externalLink().isBlank();
        String href = external ? s.externalLink() : f.href(PublicPaths.item(site.code(), c.code(), s.id()));
        return new Entry(href, r.title(f.script(), texts), r.day(), s.pinned(), external, s.coverImage(), null);
    }

    /** A link to the neighbour's own page (never its external address), so readers can page through the column. */
    private Entry neighbour(Frame f, Site site, Column c, Row r) {
        return new Entry(f.href(PublicPaths.item(site.code(), c.code(), r.id())), r.title(f.script(), texts), r.day(),
                false, false, null, null);
    }

    /** An entry that may live in another column or site; null when its site or column is gone. */
    Entry entry(Frame f, Row r, boolean withSite) {
        ContentSummary s = r.summary();
        Site site = sites.site(s.siteId()).orElse(null);
        Column c = sites.column(s.columnId()).orElse(null);
        if (site == null || c == null) {
            return null;
        }
        Entry e = entry(f, site, c, r);
        return withSite ? new Entry(e.href(), e.title(), e.day(), false, e.external(), e.cover(), f.text(site.name())) : e;
    }

    private List<Crumb> crumbs(Frame f, Site site, Column col, boolean article) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(f.homeHref(), f.t("publishing.home")));
        for (Column c : sites.path(col.id())) {
            crumbs.add(new Crumb(f.href(PublicPaths.column(site.code(), c.code())), f.columnName(c.id(), c.name())));
        }
        if (article) {
            crumbs.add(new Crumb(null, f.t("publishing.breadcrumb.article")));
        } else {
            Crumb last = crumbs.remove(crumbs.size() - 1);
            crumbs.add(new Crumb(null, last.label()));
        }
        return crumbs;
    }

    private long topColumn(Column c) {
        List<Column> path = sites.path(c.id());
        return path.isEmpty() ? c.id() : path.get(0).id();
    }

    private static void meta(List<MetaRow> rows, Frame f, String key, String value) {
        if (value != null && !value.isBlank()) {
            rows.add(new MetaRow(f.t(key), value));
        }
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
