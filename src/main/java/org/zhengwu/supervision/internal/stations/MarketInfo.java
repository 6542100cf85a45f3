package org.zhengwu.supervision.internal.stations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * Market information reported upward to the county center (市场信息上报): a station's local product, its price per
 * unit (元/斤, 元/公斤, …), the supply on offer and the day. Entered by the station's unit's staff (or a manager),
 * checked field by field, audited; the center reads every station's, a unit's staff their stations'.
 */
@Service
public class MarketInfo {

    /** The units a price is given per. */
    public static final List<String> UNITS = List.of("斤", "公斤", "吨", "箱", "件", "个", "只", "袋");
    private static final BigDecimal MAX = new BigDecimal("999999999.99");

    /** One entry, with its station's name and the unit of the supply (the price's unit). */
    public record Entry(long id, long stationId, String stationName, String product, BigDecimal price, String unit,
                        BigDecimal supply, LocalDate reportedOn) {
    }

    private final JdbcClient jdbc;
    private final Stations stations;
    private final UnitScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    MarketInfo(JdbcClient jdbc, Stations stations, UnitScope scope, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reports a product's price and supply for a station; returns the entry's id. */
    @Transactional
    public long report(Map<String, String> typed) {
        List<InvalidReport.Problem> problems = new ArrayList<>();
        Station s = null;
        try {
            s = stations.station(Long.parseLong(value(typed, "station")));
        } catch (NumberFormatException | org.zhengwu.platform.web.NotFound e) {
            StationRules.add(problems, "station", "stations.check.required");
        }
        if (s != null && !stations.worksFor(s)) {
            throw new AccessDeniedException("only the station's unit reports its market information");
        }
        String product = value(typed, "product");
        if (product.isEmpty()) {
            StationRules.add(problems, "product", "stations.check.required");
        } else if (product.length() > 60) {
            StationRules.add(problems, "product", "stations.check.too-long", 60);
        }
        BigDecimal price = number(value(typed, "price"), "price", problems);
        String unit = value(typed, "priceUnit");
        if (!UNITS.contains(unit)) {
            StationRules.add(problems, "priceUnit", "stations.check.service", unit, String.join("、", UNITS));
        }
        BigDecimal supply = number(value(typed, "supply"), "supply", problems);
        LocalDate day = null;
        String dayTyped = value(typed, "reportedOn");
        try {
            day = LocalDate.parse(dayTyped);
            if (day.isAfter(LocalDate.now(clock))) {
                StationRules.add(problems, "reportedOn", "stations.check.future", dayTyped);
            }
        } catch (DateTimeParseException e) {
            StationRules.add(problems, "reportedOn", dayTyped.isEmpty() ? "stations.check.required"
                    : "stations.check.date", dayTyped);
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        String by = scope.current().map(p -> p.displayName()).orElse("系统");
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ec_market_info (station_id, product, price, price_unit, supply, reported_on, entered_by, "
                        + "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.id(), product, price, unit, supply, day, by, OffsetDateTime.now(clock)).update(key, "id");
        long id = key.getKey().longValue();
        audit.record(AuditEvent.of("stations.market", "station", s.id(), s.unitId(),
                product + " " + price.toPlainString() + "元/" + unit + "，" + supply.toPlainString() + unit));
        return id;
    }

    /** The entries of the stations the reader may see from {@code from} on, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Entry> since(LocalDate from, int limit) {
        Set<Long> units = stations.readableUnits();
        return jdbc.sql("SELECT m.id, m.station_id, s.name, m.product, m.price, m.price_unit, m.supply, m.reported_on, "
                        + "s.unit_id FROM ec_market_info m JOIN ec_station s ON s.id = m.station_id "
                        + "WHERE m.reported_on >= ? ORDER BY m.reported_on DESC, m.id DESC")
                .param(from)
                .query((rs, n) -> units == null || units.contains(rs.getLong(9)) ? new Entry(rs.getLong(1),
                        rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getString(6),
                        rs.getBigDecimal(7), rs.getObject(8, LocalDate.class)) : null)
                .list().stream().filter(e -> e != null).limit(limit).toList();
    }

    private static BigDecimal number(String v, String field, List<InvalidReport.Problem> problems) {
        if (v.isEmpty()) {
            StationRules.add(problems, field, "stations.check.required");
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace(",", ""));
            if (d.signum() < 0 || d.scale() > 2 || d.compareTo(MAX) > 0) {
                StationRules.add(problems, field, "stations.check.number", v);
                return null;
            }
            return d.setScale(2);
        } catch (NumberFormatException e) {
            StationRules.add(problems, field, "stations.check.number", v);
            return null;
        }
    }

    private static String value(Map<String, String> typed, String field) {
        String v = typed.get(field);
        return v == null ? "" : v.strip();
    }
}
