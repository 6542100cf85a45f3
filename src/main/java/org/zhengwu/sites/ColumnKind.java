package org.zhengwu.sites;

import java.util.Locale;

/** What a column holds, which decides how its pages look and which metadata its items carry. */
public enum ColumnKind {
    NEWS, NOTICE, POLICY, INTERPRETATION, PHOTO, GUIDE, PAGE, DOWNLOAD, LINK;

    /** Whether the column lists items (a single page or an external link does not). */
    public boolean listsItems() {
        return this != PAGE && this != LINK;
    }

    public static ColumnKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
