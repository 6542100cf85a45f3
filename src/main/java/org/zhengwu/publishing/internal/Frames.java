package org.zhengwu.publishing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhengwu.platform.ZhengwuProperties;
import org.zhengwu.publishing.PortalHall;
import org.zhengwu.publishing.PublicPaths;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;

/** Builds the {@link Frame} of a site in a script from the site directory. */
@Component
public class Frames {

    private final SiteDirectory sites;
    private final Texts texts;
    private final String baseUrl;
    private final List<PortalHall> halls;

    Frames(SiteDirectory sites, Texts texts, ZhengwuProperties properties, ObjectProvider<PortalHall> halls) {
        this.sites = sites;
        this.texts = texts;
        this.halls = halls.orderedStream().sorted(Comparator.comparingInt(PortalHall::order)).toList();
        String url = properties.baseUrl();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The halls other modules serve, in their order. */
    public List<PortalHall> halls() {
        return halls;
    }

    /**
     * The navigation id of the hall a path belongs to ({@link #HALL_ID} minus its place), or -1: a hall's page marks
     * its entry in the navigation as the current one.
     */
    public long hallId(String path) {
        for (int i = 0; i < halls.size(); i++) {
            PortalHall hall = halls.get(i);
            if (path != null && (path.startsWith(hall.path())
                    || (hall.sitePath() != null && path.indexOf('/', 1) > 0
                        && path.substring(path.indexOf('/', 1) + 1).startsWith(hall.sitePath())))) {
                return HALL_ID - i;
            }
        }
        return -1;
    }

    /** Hall entries of the navigation have ids below this one, so none is taken for a column. */
    static final long HALL_ID = -1000;

    public Frame frame(Site site, Script script) {
        String prefix = script.prefix();
        Optional<Site> portal = sites.portal();
        // A site on its own host name maps "/" to itself, so its link back to the portal needs the portal's address.
        boolean ownHost = site.host() != null && !site.host().isBlank();
        String portalHref = (ownHost && !site.portal() ? baseUrl : "") + prefix + "/";
        String portalName = portal.map(p -> texts.text(script, p.name())).orElse(texts.label(script, "publishing.group"));

        Map<Long, String> names = new HashMap<>();
        for (Column c : sites.columns(site.id())) {
            names.put(c.id(), texts.text(script, c.name()));
        }
        List<Frame.NavLink> nav = new ArrayList<>();
        for (Column c : sites.topColumns(site.id())) {
            boolean external = c.kind() == ColumnKind.LINK;
            String href = external ? c.externalUrl() : prefix + PublicPaths.column(site.code(), c.code());
            nav.add(new Frame.NavLink(c.id(), href, names.get(c.id()), external));
        }
        // the halls are the group's: a site on its own host name links to them at the portal's address
        String hallBase = (ownHost && !site.portal() ? baseUrl : "") + prefix;
        for (int i = 0; i < halls.size(); i++) {
            PortalHall hall = halls.get(i);
            String href = hall.sitePath() == null ? hallBase + hall.path() : prefix + hall.pathFor(site);
            nav.add(new Frame.NavLink(HALL_ID - i, href, texts.text(script, hall.name()), false));
        }
        Site.FooterIdentity id = site.footer() == null ? Site.FooterIdentity.empty() : site.footer();
        List<Frame.FooterLine> footer = new ArrayList<>();
        line(footer, script, "publishing.footer.sponsor", id.sponsor(), null);
        line(footer, script, "publishing.footer.organizer", id.organizer(), null);
        line(footer, script, "publishing.footer.contact", id.contact(), null);
        line(footer, script, "publishing.footer.site-identifier", id.siteIdentifier(), null);
        line(footer, script, "publishing.footer.icp", id.icpRecord(), "https://beian.miit.gov.cn/");
        line(footer, script, "publishing.footer.police", id.policeRecord(), "https://beian.mps.gov.cn/");
        String color = site.theme() == null || site.theme().primaryColor() == null ? Site.Theme.DEFAULT_COLOR : site.theme().primaryColor();
        String logo = site.theme() == null || site.theme().logoPath() == null || site.theme().logoPath().isBlank() ? null : site.theme().logoPath();
        return new Frame(script, texts, site.code(), texts.text(script, site.name()), color, logo,
                prefix + PublicPaths.site(site.code()), portalHref, portalName, site.portal(), nav, footer, names);
    }

    /** The frame of pages that belong to no site (the 404 page when the group has no portal yet). */
    public Frame groupFrame(Script script) {
        return sites.portal().map(p -> frame(p, script)).orElseGet(() -> {
            String name = texts.label(script, "publishing.group");
            return new Frame(script, texts, "", name, Site.Theme.DEFAULT_COLOR, null, script.prefix() + "/",
                    script.prefix() + "/", name, true, List.of(), List.of(), Map.of());
        });
    }

    private void line(List<Frame.FooterLine> out, Script script, String key, String value, String href) {
        if (value != null && !value.isBlank()) {
            out.add(new Frame.FooterLine(texts.label(script, key), texts.text(script, value.trim()), href));
        }
    }
}
