package org.zhengwu.cases;

/** What the calendar says about a date that is not an ordinary weekday or weekend. */
public enum DayKind {
    /** A public holiday or rest day (法定节假日/休息日), also when it falls on a weekday. */
    HOLIDAY,
    /** A Saturday or Sunday worked in exchange for a holiday (调休上班). */
    MAKEUP_WORKDAY
}
