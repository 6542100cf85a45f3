package org.zhengwu.sites;

/** What kind of body a unit is; the portal belongs to the government office that runs the site group. */
public enum UnitKind {
    PORTAL, DEPARTMENT, TOWNSHIP, OFFICE;

    /** The corpus and API spell kinds in lower case ("department"). */
    public static UnitKind parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
