package org.zhengwu.cases.internal.web;

/** What the add form sent back, to show again with its error. */
public record DayForm(String date, String kind, String name) {

    static DayForm empty() {
        return new DayForm("", "HOLIDAY", "");
    }
}
