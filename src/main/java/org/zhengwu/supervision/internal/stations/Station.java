package org.zhengwu.supervision.internal.stations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A station of the registry with its operator decrypted: the operator's name and phone are for the console only,
 * never for a public page.
 *
 * @param unitId      the unit whose staff enter the station's reports and market information (for a township station
 *                    and its village points, the township's government)
 * @param reportsFrom the first month the station owes a monthly report
 */
public record Station(long id, Long parentId, Level level, String name, long unitId, String township, String village,
                      String operatorName, String operatorPhone, String address, BigDecimal latitude,
                      BigDecimal longitude, LocalDate openedOn, StationState state, LocalDate reportsFrom,
                      List<String> services) {

    public Station {
        services = List.copyOf(services);
    }

    /** Whether it owes a monthly report for the month starting on {@code month}. */
    public boolean owes(LocalDate month) {
        return state == StationState.OPERATING && !month.isBefore(reportsFrom);
    }
}
