package org.zhengwu.supervision.internal.stations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A station's particulars as checked by {@link StationRules}, before they are stored (operator in clear text). */
record NewStation(Long parentId, Level level, String name, long unitId, String township, String village,
                  String operatorName, String operatorPhone, String address, BigDecimal latitude, BigDecimal longitude,
                  LocalDate openedOn, StationState state, List<String> services) {
}
