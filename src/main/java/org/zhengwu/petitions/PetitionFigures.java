package org.zhengwu.petitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The petitions' figures per handling unit over a period of days (both inclusive), for the petition office's
 * statistics and other modules (the supervision center's unit scores). Aggregates only: no petition, no petitioner.
 */
public interface PetitionFigures {

    /** Per unit id, for every unit with anything in the period. */
    Map<Long, UnitFigures> perUnit(LocalDate from, LocalDate to);

    /** The units best first: the largest share answered on time, then the fewest overdue, then the fewest received. */
    List<Map.Entry<Long, UnitFigures>> ranking(LocalDate from, LocalDate to);

    /**
     * @param received  petitions registered in the period, repeats not counted again
     * @param byChannel of those, per channel code (LETTER, ONLINE, VISIT, PHONE, TRANSFER)
     * @param accepted  decided 受理 in the period
     * @param answered  answered in the period; answeredOnTime of those by their due day
     * @param overdue   answered late in the period, or at its end still waiting past the day a decision or an
     *                  answer was due
     * @param skipping  received that skipped levels (越级)
     * @param repeats   registered in the period and linked to an earlier petition as its repeat
     * @param keyResolved key cases of the unit resolved (化解 or 息访) in the period
     */
    record UnitFigures(long received, Map<String, Long> byChannel, long accepted, long answered, long answeredOnTime,
                       long overdue, long skipping, long repeats, long keyResolved) {

        /** The share answered on time, or null when nothing was answered. */
        public Double onTimeShare() {
            return answered == 0 ? null : (double) answeredOnTime / answered;
        }
    }
}
