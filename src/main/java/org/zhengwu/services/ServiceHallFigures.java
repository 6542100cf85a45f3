package org.zhengwu.services;

import java.time.LocalDate;

/**
 * Figures of the service hall for other modules' reports (the annual website report), for one unit or (null) every
 * unit, over a period of days (both inclusive, China Standard Time). Aggregates only.
 */
public interface ServiceHallFigures {

    /**
     * @param onlineItems       items online now (政务服务事项数量)
     * @param onlineApplication of those, the ones that take applications online from start to end (可全程在线办理)
     * @param applications      online applications submitted in the period (办件量)
     * @param byPersons         of those, for items serving persons (自然人办件量); an item serving both counts here
     * @param byLegalPersons    of those, for items serving only legal persons (法人办件量): an application does not
     *                          record who applied, so the item's audience decides
     */
    record Figures(long onlineItems, long onlineApplication, long applications, long byPersons, long byLegalPersons) {
    }

    Figures of(Long unitId, LocalDate from, LocalDate to);
}
