package org.zhengwu.supervision.internal.bulletin;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A bulletin (通报) issued for a month: its number (文号, counted per year of issue), its day, and the portal notice
 * drafted from it, if any.
 */
public record Bulletin(long id, YearMonth month, int numberYear, int numberSeq, LocalDate issuedOn, String issuedBy,
                       Long noticeItemId) {
}
