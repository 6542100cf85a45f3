package org.zhengwu.cases.internal;

import java.time.LocalDate;

/**
 * The filters a ledger (台账) offers, each optional: the type, the owning unit, the state (a code of the type's flow),
 * the days the case was opened (from, to, inclusive), and overdue only (open past the deadline now with its clock
 * running, or closed after it; a paused case is not overdue).
 */
public record LedgerFilter(String typeCode, Long unitId, String state, LocalDate from, LocalDate to,
                           boolean overdueOnly) {

    /** The same filter restricted to one unit. */
    LedgerFilter ofUnit(Long unit) {
        return new LedgerFilter(typeCode, unit, state, from, to, overdueOnly);
    }
}
