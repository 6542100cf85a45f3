package org.zhengwu.sites;

/** The editable details of a site. */
public record SiteDetails(String name, String host, Site.Theme theme, Site.FooterIdentity footer, int sortOrder) {
}
