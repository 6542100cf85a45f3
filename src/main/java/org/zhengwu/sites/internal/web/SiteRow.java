package org.zhengwu.sites.internal.web;

import org.zhengwu.sites.Site;
import org.zhengwu.sites.Unit;

/** One line of the site list. */
public record SiteRow(Site site, Unit unit, int columns) {
}
