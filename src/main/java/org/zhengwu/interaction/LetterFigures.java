package org.zhengwu.interaction;

import java.time.LocalDate;
import java.util.Map;

/**
 * The letters' figures per answering unit over a period of days (both inclusive), for other modules' statistics (the
 * supervision's unit scores): the same figures as the hall's statistics page. Aggregates only: no letter, no writer.
 */
public interface LetterFigures {

    /** Per unit id, the letters it answered in the period and the ratings of its answers given in it. */
    Map<Long, UnitFigures> perUnit(LocalDate from, LocalDate to);

    /**
     * @param answered       letters the unit answered (办结) in the period
     * @param answeredOnTime of those, answered by their deadline
     * @param satisfied      ratings 满意 given in the period to the unit's answers
     * @param basically      ratings 基本满意
     * @param dissatisfied   ratings 不满意
     */
    record UnitFigures(long answered, long answeredOnTime, long satisfied, long basically, long dissatisfied) {

        public long rated() {
            return satisfied + basically + dissatisfied;
        }
    }
}
