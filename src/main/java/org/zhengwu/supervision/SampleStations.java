package org.zhengwu.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Sample rural e-commerce stations for the demo city, written as the system (no staff member acts) through the same
 * rules as the console: a station of the registry owing reports from a given month, a checklist item ticked with a
 * made-up photo, a month's report submitted (and approved), a product's price reported upward.
 */
public interface SampleStations {

    /**
     * @param level       COUNTY, TOWNSHIP or VILLAGE
     * @param parentId    the center for a township station, a township station for a village point, null for the center
     * @param reportsFrom the first month it owes a monthly report
     */
    long station(String level, Long parentId, String name, long unitId, String township, String village,
                 String operatorName, String operatorPhone, String address, String latitude, String longitude,
                 LocalDate openedOn, List<String> services, YearMonth reportsFrom);

    void tick(long stationId, String item);

    /** @param figures by field key of the monthly report (transactions, sales, parcels-in, parcels-out, farm-sales) */
    void report(long stationId, YearMonth month, Map<String, String> figures, boolean approve);

    void market(long stationId, String product, String price, String unit, String supply, LocalDate day);
}
