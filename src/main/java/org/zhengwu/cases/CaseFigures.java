package org.zhengwu.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of one case type for other modules' statistics (the letters' statistics page, a unit's scorecard), per
 * owning unit or per category, over a period of days (both inclusive, in the application's zone). Aggregates only;
 * the calling module decides who may see them.
 */
public interface CaseFigures {

    /** One line per owning unit (null: cases never given to a unit), ordered by unit id, nulls last. */
    List<Figures> perUnit(String typeCode, LocalDate from, LocalDate to);

    /** One line per category (null: cases without one), ordered by category, nulls last. */
    List<Figures> perCategory(String typeCode, LocalDate from, LocalDate to);

    /**
     * @param unitId                   the owning unit (per unit), else null
     * @param category                 the category (per category), else null
     * @param received                 cases opened in the period
     * @param closed                   cases closed in the period
     * @param closedOnTime             of those, closed by their deadline
     * @param averageWorkingDaysToClose of those with a unit, the mean working days from assignment to closing on the
     *                                  calendar; null when none
     * @param openNow                  cases open now, whenever opened
     * @param overdueNow               of those, past their deadline today
     */
    record Figures(Long unitId, String category, long received, long closed, long closedOnTime,
                   Double averageWorkingDaysToClose, long openNow, long overdueNow) {

        /** The share closed on time among those closed with a deadline, or null when none were closed. */
        public Double onTimeRate() {
            return closed == 0 ? null : (double) closedOnTime / closed;
        }
    }
}
