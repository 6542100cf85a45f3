package org.zhengwu.supervision.internal.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables inspection_reading, inspection_offender and inspection_week. */
@Repository
class ReadingStore {

    /** One week of an indicator on a site: its worst state and the value of that reading. */
    record Week(Indicator indicator, LocalDate weekStart, IndicatorState state, double value) {
    }

    private static final List<IndicatorState> WORST_LAST = List.of(IndicatorState.HEALTHY, IndicatorState.WARNING,
            IndicatorState.NOT_MEASURED, IndicatorState.TRIPPED);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReadingStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** When each offender now listed on the site was first found, by {@link RunContext#knownKey}. */
    Map<String, LocalDate> known(String siteCode) {
        Map<String, LocalDate> known = new HashMap<>();
        jdbc.sql("SELECT indicator, offender_key, first_seen FROM inspection_offender WHERE site_code = ?")
                .param(siteCode)
                .query(rs -> {
                    known.put(siteCode + "|" + rs.getString("indicator") + "|" + rs.getString("offender_key"),
                            rs.getObject("first_seen", LocalDate.class));
                });
        return known;
    }

    /** Replaces the site's latest reading of the indicator and its offenders; keeps the week's worst state. */
    void save(IndicatorReading r, OffsetDateTime at, LocalDate today, Map<String, LocalDate> known) {
        Double value = Double.isNaN(r.value()) || Double.isInfinite(r.value()) ? null : r.value();
        jdbc.sql("DELETE FROM inspection_reading WHERE site_code = ? AND indicator = ?")
                .params(r.siteCode(), r.indicator().name()).update();
        jdbc.sql("INSERT INTO inspection_reading (site_code, indicator, state, reading_value, threshold, trips_on, "
                        + "summary, measured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.siteCode(), r.indicator().name(), r.state().name(), value, r.threshold(),
                        r.tripsOn() == null ? null : Date.valueOf(r.tripsOn()), clip(r.summary(), 1000), at)
                .update();
        jdbc.sql("DELETE FROM inspection_offender WHERE site_code = ? AND indicator = ?")
                .params(r.siteCode(), r.indicator().name()).update();
        Map<String, Offender> unique = new LinkedHashMap<>();
        r.offenders().forEach(o -> unique.putIfAbsent(o.key(), o));
        List<Object[]> rows = new ArrayList<>(unique.size());
        for (Offender o : unique.values()) {
            LocalDate seen = known.getOrDefault(RunContext.knownKey(r.siteCode(), r.indicator(), o.key()), today);
            rows.add(new Object[] {r.siteCode(), r.indicator().name(), o.key(), rows.size(), clip(o.label(), 300),
                    clip(o.detail(), 1000), o.fixPath() == null ? null : clip(o.fixPath(), 300), Date.valueOf(seen)});
        }
        // a crawl's measure may name thousands of links: one batch, not a round trip each
        template.batchUpdate("INSERT INTO inspection_offender (site_code, indicator, offender_key, seq, label, detail, "
                + "fix_path, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
        week(r, value, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    private void week(IndicatorReading r, Double value, LocalDate monday) {
        Optional<IndicatorState> before = jdbc.sql("SELECT state FROM inspection_week WHERE site_code = ? AND indicator = ?"
                        + " AND week_start = ?").params(r.siteCode(), r.indicator().name(), Date.valueOf(monday))
                .query((rs, i) -> IndicatorState.valueOf(rs.getString(1))).optional();
        if (before.isEmpty()) {
            jdbc.sql("INSERT INTO inspection_week (site_code, indicator, week_start, state, reading_value) VALUES (?, ?, ?, ?, ?)")
                    .params(r.siteCode(), r.indicator().name(), Date.valueOf(monday), r.state().name(), value).update();
        } else if (WORST_LAST.indexOf(r.state()) >= WORST_LAST.indexOf(before.get())) {
            jdbc.sql("UPDATE inspection_week SET state = ?, reading_value = ? WHERE site_code = ? AND indicator = ?"
                            + " AND week_start = ?")
                    .params(r.state().name(), value, r.siteCode(), r.indicator().name(), Date.valueOf(monday)).update();
        }
    }

    /** The latest readings of one site with their offenders, by indicator. */
    List<IndicatorReading> latest(String siteCode) {
        return latest(siteCode, true);
    }

    /** The latest readings of every site without their offenders (the overview), by site and indicator. */
    List<IndicatorReading> latestOfAll() {
        return latest(null, false);
    }

    private List<IndicatorReading> latest(String siteCode, boolean withOffenders) {
        String where = siteCode == null ? "" : " WHERE site_code = ?";
        Object[] params = siteCode == null ? new Object[0] : new Object[] {siteCode};
        Map<String, List<Offender>> offenders = new HashMap<>();
        if (withOffenders) {
            jdbc.sql("SELECT site_code, indicator, label, detail, fix_path FROM inspection_offender" + where
                            + " ORDER BY site_code, indicator, seq").params(params)
                    .query(rs -> {
                        offenders.computeIfAbsent(rs.getString("site_code") + "|" + rs.getString("indicator"),
                                k -> new ArrayList<>()).add(new Offender(rs.getString("label"), rs.getString("detail"),
                                rs.getString("fix_path")));
                    });
        }
        return jdbc.sql("SELECT site_code, indicator, state, reading_value, threshold, trips_on, summary"
                        + " FROM inspection_reading" + where + " ORDER BY site_code, indicator").params(params)
                .query((rs, i) -> reading(rs, offenders)).list();
    }

    /** When the site (or, for null, any site) was last inspected. */
    Optional<OffsetDateTime> lastRun(String siteCode) {
        String where = siteCode == null ? "" : " WHERE site_code = ?";
        Object[] params = siteCode == null ? new Object[0] : new Object[] {siteCode};
        // MAX over no rows is one row holding null: a group never inspected yet has no last run
        return jdbc.sql("SELECT MAX(measured_at) FROM inspection_reading" + where).params(params)
                .query((rs, i) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single();
    }

    /** The weeks of the site from {@code since} on, oldest first. */
    List<Week> weeks(String siteCode, LocalDate since) {
        return jdbc.sql("SELECT indicator, week_start, state, reading_value FROM inspection_week WHERE site_code = ?"
                        + " AND week_start >= ? ORDER BY week_start, indicator")
                .params(siteCode, Date.valueOf(since))
                .query((rs, i) -> new Week(Indicator.valueOf(rs.getString("indicator")),
                        rs.getObject("week_start", LocalDate.class), IndicatorState.valueOf(rs.getString("state")),
                        number(rs, "reading_value")))
                .list();
    }

    private static IndicatorReading reading(ResultSet rs, Map<String, List<Offender>> offenders) throws SQLException {
        String site = rs.getString("site_code");
        String indicator = rs.getString("indicator");
        return new IndicatorReading(Indicator.valueOf(indicator), site, IndicatorState.valueOf(rs.getString("state")),
                number(rs, "reading_value"), rs.getDouble("threshold"), rs.getObject("trips_on", LocalDate.class),
                rs.getString("summary"), offenders.getOrDefault(site + "|" + indicator, List.of()));
    }

    private static double number(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }
}
