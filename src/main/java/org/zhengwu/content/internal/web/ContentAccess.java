package org.zhengwu.content.internal.web;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhengwu.content.ContentItem;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.platform.web.NotFound;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/**
 * Finds what a console request names (a site, column or item) and refuses it unless the signed-in person may act on
 * the site that owns it (or, for the read-only pages, may view it: the unit's reviewers and the supervisor too): 404
 * when it does not exist, 403 when it belongs to another unit. Every content controller goes through here before it
 * reads or changes anything.
 */
@Component
class ContentAccess {

    private final SiteDirectory sites;
    private final ContentQueries queries;
    private final UnitScope scope;

    ContentAccess(SiteDirectory sites, ContentQueries queries, UnitScope scope) {
        this.sites = sites;
        this.queries = queries;
        this.scope = scope;
    }

    /** The sites the caller may work on, in the group's order. */
    List<Site> visibleSites() {
        Set<Long> units = scope.visibleUnitIds();
        return units == null ? sites.sites() : sites.sites().stream().filter(s -> units.contains(s.unitId())).toList();
    }

    /** The ids of those sites, or null for every site (administrators), as {@link ContentQueries#forEditors} takes them. */
    Collection<Long> visibleSiteIds() {
        return scope.visibleUnitIds() == null ? null : visibleSites().stream().map(Site::id).toList();
    }

    Site site(long id) {
        Site site = sites.site(id).orElseThrow(() -> new NotFound("site.not-found", id));
        scope.requireSite(site.unitId());
        return site;
    }

    Column column(long id) {
        Column column = sites.column(id).orElseThrow(() -> new NotFound("column.not-found", id));
        site(column.siteId());
        return column;
    }

    ContentItem item(long id) {
        ContentItem item = queries.item(id).orElseThrow(() -> new NotFound("content.not-found", id));
        site(item.siteId());
        return item;
    }

    /**
     * An interpretation may point at a published policy document of any site, or at an unpublished one only of a
     * site the caller may work on, so another unit's drafts cannot be reached through the link.
     */
    void requireLinkable(Long policyId) {
        if (policyId == null) {
            return;
        }
        queries.item(policyId).filter(p -> !p.isPublished()).ifPresent(p -> site(p.siteId()));
    }

    /** The sites whose content the caller may read: those they may act on, their unit's as a reviewer, all as supervisor. */
    /** Whether the current staff member may change this site's content (not only read it). */
    boolean mayChange(Site site) {
        return scope.mayAct(site.unitId());
    }

    List<Site> viewableSites() {
        Set<Long> units = scope.viewableUnitIds();
        return units == null ? sites.sites() : sites.sites().stream().filter(s -> units.contains(s.unitId())).toList();
    }

    /** The ids of those sites, or null for every site. */
    Collection<Long> viewableSiteIds() {
        return scope.viewableUnitIds() == null ? null : viewableSites().stream().map(Site::id).toList();
    }

    Site viewSite(long id) {
        Site site = sites.site(id).orElseThrow(() -> new NotFound("site.not-found", id));
        scope.requireView(site.unitId());
        return site;
    }

    Column viewColumn(long id) {
        Column column = sites.column(id).orElseThrow(() -> new NotFound("column.not-found", id));
        viewSite(column.siteId());
        return column;
    }

    ContentItem viewItem(long id) {
        ContentItem item = queries.item(id).orElseThrow(() -> new NotFound("content.not-found", id));
        viewSite(item.siteId());
        return item;
    }

    boolean administrator() {
        return scope.isAdministrator();
    }
}
