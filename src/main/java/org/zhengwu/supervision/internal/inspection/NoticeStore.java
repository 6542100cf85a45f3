package org.zhengwu.supervision.internal.inspection;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.sites.SiteDirectory;

/** The table inspection_notice: the warnings and trips each unit has been told about and not yet put right. */
@Repository
class NoticeStore {

    private final JdbcClient jdbc;
    private final SiteDirectory sites;

    NoticeStore(JdbcClient jdbc, SiteDirectory sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    /** The notice now standing for the site and indicator: its state and trip day. */
    Optional<InspectionNotice> standing(String siteCode, Indicator indicator) {
        return jdbc.sql("SELECT site_code, indicator, unit_id, state, trips_on, summary, created_at FROM inspection_notice"
                        + " WHERE site_code = ? AND indicator = ?").params(siteCode, indicator.name())
                .query((rs, i) -> notice(rs)).optional();
    }

    /** Whether this reading is news to the unit: no notice stands, or one of another state or trip day. */
    static boolean isNew(Optional<InspectionNotice> standing, IndicatorReading r) {
        return standing.isEmpty() || standing.get().state() != r.state()
                || !Objects.equals(standing.get().tripsOn(), r.tripsOn());
    }

    void replace(InspectionNotice n) {
        remove(n.siteCode(), n.indicator());
        jdbc.sql("INSERT INTO inspection_notice (site_code, indicator, unit_id, state, trips_on, summary, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(n.siteCode(), n.indicator().name(), n.unitId(), n.state().name(),
                        n.tripsOn() == null ? null : Date.valueOf(n.tripsOn()),
                        n.summary().length() > 1000 ? n.summary().substring(0, 1000) : n.summary(), n.createdAt())
                .update();
    }

    void remove(String siteCode, Indicator indicator) {
        jdbc.sql("DELETE FROM inspection_notice WHERE site_code = ? AND indicator = ?")
                .params(siteCode, indicator.name()).update();
    }

    /** The notices of these units ({@code null}: every unit), trips first, then by trip day. */
    List<InspectionNotice> of(Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        String where = unitIds == null ? "" : " WHERE unit_id IN ("
                + unitIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
        return jdbc.sql("SELECT site_code, indicator, unit_id, state, trips_on, summary, created_at FROM inspection_notice"
                        + where + " ORDER BY state, trips_on, site_code, indicator")
                .query((rs, i) -> notice(rs)).list();
    }

    long count(long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM inspection_notice WHERE unit_id = ?").param(unitId)
                .query(Long.class).single();
    }

    private InspectionNotice notice(java.sql.ResultSet rs) throws java.sql.SQLException {
        String code = rs.getString("site_code");
        return new InspectionNotice(code, sites.siteByCode(code).map(s -> s.name()).orElse(code), rs.getLong("unit_id"),
                Indicator.valueOf(rs.getString("indicator")), IndicatorState.valueOf(rs.getString("state")),
                rs.getObject("trips_on", LocalDate.class), rs.getString("summary"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
