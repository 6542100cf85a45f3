package org.zhengwu.supervision.internal.inspection;

/**
 * One thing that counts against an indicator: a column, a page, a link, a letter, a guide.
 *
 * @param label   what it is, for people (a column's name, a page's title or address)
 * @param detail  why it counts, a Chinese sentence (e.g. "已 20 天未更新，超过 14 天")
 * @param fixPath the console (or public) address where it is fixed or seen, or null
 */
public record Offender(String label, String detail, String fixPath) {

    /** What identifies the offender from one run to the next (its detail may change, e.g. a count of days). */
    public String key() {
        String key = label + "|" + (fixPath == null ? "" : fixPath);
        return key.length() > 600 ? key.substring(0, 600) : key;
    }
}
