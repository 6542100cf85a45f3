package org.zhengwu.services;

import java.time.LocalDate;
import java.util.Map;

/**
 * The online applications' figures per handling unit over a period of days (both inclusive), for other modules'
 * statistics (the supervision's unit scores): the same counts as the service hall's public figures. Aggregates only.
 */
public interface ApplicationFigures {

    /** Per unit id, the applications it finished (办结) in the period and the ratings (好差评) given in it. */
    Map<Long, UnitFigures> perUnit(LocalDate from, LocalDate to);

    /**
     * @param handled       applications finished in the period
     * @param handledOnTime of those, finished by their deadline
     * @param rated         ratings given in the period
     * @param good          of those, 非常满意, 满意 or 基本满意
     */
    record UnitFigures(long handled, long handledOnTime, long rated, long good) {
    }
}
