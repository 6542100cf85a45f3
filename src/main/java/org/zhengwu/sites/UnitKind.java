package org.zhengwu.sites;

/**
 * What kind of body a unit is; the portal belongs to the government office that runs the site group (the Government
 * general office, 市政府办公室). The Party general office (市委办公室) and the secrecy office (保密办) review every
 * unit's content and may have no site of their own.
 */
public enum UnitKind {
    PORTAL, DEPARTMENT, TOWNSHIP, OFFICE, PARTY_OFFICE, SECRECY_OFFICE;

    /** The corpus and API spell kinds in lower case ("department"). */
    public static UnitKind parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
