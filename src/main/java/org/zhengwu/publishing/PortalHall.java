package org.zhengwu.publishing;

import java.util.List;

/**
 * A hall of the site group that another module serves (互动交流, 办事服务 …): every site's main navigation and the
 * portal's home page lead to it, as Chinese government portals do. A module declares one as a bean; names are in
 * simplified script (the traditional mirror converts them) and paths without the script prefix.
 *
 * @param order where it stands among the halls (smaller first)
 * @param name  the hall's name in the navigation and the heading of its block on the portal's home page
 * @param path  the hall's own page, such as {@code /hdjl/}
 * @param intro one sentence under the heading on the home page
 * @param links the hall's main doors, shown in its block
 * @param sitePath where a unit site's navigation entry leads instead, below the site's own folder (such as
 *                 {@code bsfw/} for {@code /{site}/bsfw/}, the unit's own share of the hall), or null for the hall
 */
public record PortalHall(int order, String name, String path, String intro, List<Link> links, String sitePath) {

    public PortalHall {
        links = List.copyOf(links);
    }

    /** A hall every site's navigation leads to at the same address. */
    public PortalHall(int order, String name, String path, String intro, List<Link> links) {
        this(order, name, path, intro, links, null);
    }

    /** The address of the hall's entry in a site's navigation (simplified script, without the prefix). */
    public String pathFor(org.zhengwu.sites.Site site) {
        return sitePath == null || site.portal() ? path : PublicPaths.site(site.code()) + sitePath;
    }

    /** One door of a hall: a label and a path without the script prefix. */
    public record Link(String label, String path) {
    }
}
