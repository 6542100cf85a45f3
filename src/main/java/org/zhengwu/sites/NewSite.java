package org.zhengwu.sites;

/** What it takes to open a unit's site: the unit, and its site's address, name, theme and footer. */
public record NewSite(String unitCode, String unitName, UnitKind unitKind, String siteCode, String siteName,
                      String host, boolean portal, Site.Theme theme, Site.FooterIdentity footer, int sortOrder) {
}
