package org.zhengwu.sites;

/** A site's name, theme, footer or column tree changed: its pages must be rendered again. */
public record SiteChanged(long siteId) {
}
