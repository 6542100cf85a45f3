package org.zhengwu.sites.internal.web;

import org.zhengwu.platform.RuleViolation;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDetails;
import org.zhengwu.sites.Unit;
import org.zhengwu.sites.UnitKind;

/** The site form exactly as typed, so a refused submission comes back with the user's input. */
public record SiteForm(String unitCode, String unitName, String unitKind, String siteCode, String siteName, String host,
                       String portal, String logoPath, String primaryColor, String sponsor, String organizer,
                       String contact, String siteIdentifier, String icpRecord, String policeRecord, String sortOrder) {

    static SiteForm empty() {
        return new SiteForm("", "", UnitKind.DEPARTMENT.name(), "", "", "", null, "", Site.Theme.DEFAULT_COLOR, "", "", "",
                "", "", "", "0");
    }

    static SiteForm of(Site site, Unit unit) {
        Site.FooterIdentity f = site.footer();
        return new SiteForm(unit == null ? "" : unit.code(), unit == null ? "" : unit.name(),
                unit == null ? "" : unit.kind().name(), site.code(), site.name(), site.host(), site.portal() ? "on" : null,
                site.theme().logoPath(), site.theme().primaryColor(), f.sponsor(), f.organizer(), f.contact(),
                f.siteIdentifier(), f.icpRecord(), f.policeRecord(), String.valueOf(site.sortOrder()));
    }

    public boolean isPortal() {
        return portal != null && !portal.isBlank() && !"false".equals(portal);
    }

    NewSite toNewSite() {
        UnitKind kind;
        try {
            kind = UnitKind.parse(unitKind == null ? "" : unitKind);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("unit.kind.required");
        }
        return new NewSite(trim(unitCode), trim(unitName), kind, trim(siteCode), trim(siteName), blankToNull(host),
                isPortal(), theme(), footer(), order());
    }

    SiteDetails toDetails() {
        return new SiteDetails(trim(siteName), blankToNull(host), theme(), footer(), order());
    }

    /** The details an editor may change: everything but the host name and the order in the group, kept from {@code site}. */
    SiteDetails toDetailsKeeping(Site site) {
        return new SiteDetails(trim(siteName), site.host(), theme(), footer(), site.sortOrder());
    }

    private Site.Theme theme() {
        String color = trim(primaryColor);
        return new Site.Theme(blankToNull(logoPath), color == null || color.isEmpty() ? Site.Theme.DEFAULT_COLOR : color);
    }

    private Site.FooterIdentity footer() {
        return new Site.FooterIdentity(blankToNull(sponsor), blankToNull(organizer), blankToNull(contact),
                blankToNull(siteIdentifier), blankToNull(icpRecord), blankToNull(policeRecord));
    }

    private int order() {
        String s = trim(sortOrder);
        if (s == null || s.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new RuleViolation("site.sort-order.invalid");
        }
    }

    static String trim(String s) {
        return s == null ? null : s.trim();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
