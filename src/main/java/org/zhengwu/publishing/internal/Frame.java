package org.zhengwu.publishing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page of one site in one script shares: the site's name, logo and colour, the navigation, the footer
 * identity, the labels and the way links are written. Built once per site and script for a whole render.
 */
public final class Frame {

    /** A link of the main navigation. */
    public record NavLink(long id, String href, String label, boolean external) {
    }

    /** One identity field of the footer; {@code href} when it links to the register it is filed with. */
    public record FooterLine(String label, String value, String href) {
    }

    private final Script script;
    private final Texts texts;
    private final String code;
    private final String siteName;
    private final String color;
    private final String logo;
    private final String homeHref;
    private final String portalHref;
    private final String portalName;
    private final boolean portal;
    private final List<NavLink> nav;
    private final List<FooterLine> footer;
    private final Map<Long, String> columnNames;

    Frame(Script script, Texts texts, String code, String siteName, String color, String logo, String homeHref,
          String portalHref, String portalName, boolean portal, List<NavLink> nav, List<FooterLine> footer,
          Map<Long, String> columnNames) {
        this.script = script;
        this.texts = texts;
        this.code = code;
        this.siteName = siteName;
        this.color = color;
        this.logo = logo;
        this.homeHref = homeHref;
        this.portalHref = portalHref;
        this.portalName = portalName;
        this.portal = portal;
        this.nav = List.copyOf(nav);
        this.footer = List.copyOf(footer);
        this.columnNames = new HashMap<>(columnNames);
    }

    public Script script() {
        return script;
    }

    public String lang() {
        return script.lang();
    }

    public String otherLang() {
        return script.other().lang();
    }

    /** A label in this page's language. */
    public String t(String key) {
        return texts.label(script, key);
    }

    /** Content text in this page's script. */
    public String text(String value) {
        return texts.text(script, value);
    }

    public String html(String value) {
        return texts.html(script, value);
    }

    /** The link to a simplified-script address in this page's script. */
    public String href(String path) {
        return script.prefix() + path;
    }

    /** The same page in the other script. */
    public String switchHref(String path) {
        return script.other().prefix() + path;
    }

    public String code() {
        return code;
    }

    public String siteName() {
        return siteName;
    }

    public String color() {
        return color;
    }

    public String logo() {
        return logo;
    }

    public String homeHref() {
        return homeHref;
    }

    public String portalHref() {
        return portalHref;
    }

    public String portalName() {
        return portalName;
    }

    public boolean portal() {
        return portal;
    }

    public List<NavLink> nav() {
        return nav;
    }

    public List<FooterLine> footer() {
        return footer;
    }

    /** A column's name in this script. */
    public String columnName(long columnId, String fallback) {
        String name = columnNames.get(columnId);
        return name == null ? text(fallback) : name;
    }
}
