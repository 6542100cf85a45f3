package org.zhengwu.supervision.internal.crawl.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.supervision.internal.crawl.LinkCrawl;
import org.zhengwu.supervision.internal.crawl.LinkReports;

/**
 * {@code /admin/supervision/links}: a site's broken links by page (internal and external), its typos, its home
 * page's reachability, and the button that crawls it (or the whole group) now, with a progress bar that refreshes
 * the page without JavaScript. Supervisors and the site-group administrator.
 */
@Controller
@RequestMapping("/admin/supervision/links")
class LinkReportController {

    static final String PATH = "/admin/supervision/links";

    private final LinkReports reports;
    private final LinkCrawl crawl;
    private final SiteDirectory sites;
    private final UnitScope scope;
    private final MessageSource messages;

    LinkReportController(LinkReports reports, LinkCrawl crawl, SiteDirectory sites, UnitScope scope, MessageSource messages) {
        this.reports = reports;
        this.crawl = crawl;
        this.sites = sites;
        this.scope = scope;
        this.messages = messages;
    }

    @ModelAttribute
    void supervisorsAndAdministrators() {
        scope.requireRole(StaffRole.SUPERVISOR, StaffRole.ADMINISTRATOR);
    }

    @GetMapping
    String page(@RequestParam(required = false) String site, @RequestParam(required = false) String kind, Model model,
                Locale locale) {
        model.addAttribute("v", reports.report(site, kind, locale));
        return "supervision/links";
    }

    @PostMapping("/run")
    String run(@RequestParam(required = false) String site, @RequestParam(required = false) String all,
               RedirectAttributes redirect, Locale locale) {
        String code = site == null || site.isBlank() ? null : site.strip();
        try {
            crawl.start(all != null ? null : code, scope.staff().username());
            redirect.addFlashAttribute("notice", messages.getMessage("linkcheck.console.started", null, locale));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.key(), e.args(), e.key(), locale));
        }
        boolean known = code != null && sites.siteByCode(code).isPresent();
        return "redirect:" + (known ? UriComponentsBuilder.fromPath(PATH).queryParam("site", code).build().toUriString() : PATH);
    }
}
