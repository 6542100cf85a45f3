package org.zhengwu.content.internal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengwu.content.ContentQueries;
import org.zhengwu.platform.security.StaffPrincipal;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/** The console's home page: what the signed-in person may work on, a few counts, and where to go next. */
@Controller
class DashboardController {

    private final ContentAccess access;
    private final ContentQueries queries;
    private final SiteDirectory sites;
    private final UnitScope scope;

    DashboardController(ContentAccess access, ContentQueries queries, SiteDirectory sites, UnitScope scope) {
        this.access = access;
        this.queries = queries;
        this.sites = sites;
        this.scope = scope;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        StaffPrincipal me = scope.staff();
        List<Site> visible = access.visibleSites();
        model.addAttribute("displayName", me.displayName());
        model.addAttribute("administrator", me.administrator());
        model.addAttribute("unitName", me.unitId() == null ? null : sites.unit(me.unitId()).map(Unit::name).orElse(null));
        model.addAttribute("sites", visible);
        model.addAttribute("siteCount", visible.size());
        model.addAttribute("columnCount", visible.stream().mapToInt(s -> sites.columns(s.id()).size()).sum());
        model.addAttribute("itemCount", queries.countForEditors(access.visibleSiteIds(), null, null));
        return "admin/content/dashboard";
    }
}
