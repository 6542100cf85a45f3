package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The annual targets (investment_target) and a year's figures by unit, summed by the database. */
@Repository
class FigureStore {

    private final JdbcClient jdbc;

    FigureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts of projects by unit for the days from {@code from} to {@code to}. */
    record Counts(long signed, long performed, long startedOfSigned, long started) {
    }

    /** Sums of the months from {@code from} to {@code to}, by unit. */
    record Sums(BigDecimal contracted, BigDecimal inPlace) {
    }

    void target(Target t) {
        int n = jdbc.sql("UPDATE investment_target SET signed_projects = ?, contracted = ?, in_place = ?, "
                        + "started_projects = ? WHERE unit_id = ? AND target_year = ?")
                .params(t.signedProjects(), t.contracted(), t.inPlace(), t.startedProjects(), t.unitId(), t.year())
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO investment_target (unit_id, target_year, signed_projects, contracted, in_place, "
                            + "started_projects) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(t.unitId(), t.year(), t.signedProjects(), t.contracted(), t.inPlace(), t.startedProjects())
                    .update();
        }
    }

    Map<Long, Target> targets(int year) {
        Map<Long, Target> targets = new HashMap<>();
        jdbc.sql("SELECT unit_id, signed_projects, contracted, in_place, started_projects FROM investment_target "
                        + "WHERE target_year = ?").param(year)
                .query((rs, n) -> new Target(rs.getLong(1), year, rs.getInt(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getInt(5)))
                .list().forEach(t -> targets.put(t.unitId(), t));
        return targets;
    }

    /**
     * By unit: projects signed in the days from..to; of those, how many had reached 注册 or later and 开工 or later
     * by {@code to}; and projects started in those days.
     */
    Map<Long, Counts> counts(LocalDate from, LocalDate to) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("SELECT p.unit_id, "
                        + "SUM(CASE WHEN p.signed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN p.signed_on BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM investment_stage_change c "
                        + "WHERE c.project_id = p.id AND c.stage IN ('REGISTERED', 'STARTED', 'PRODUCING') "
                        + "AND c.changed_on <= ?) THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN p.signed_on BETWEEN ? AND ? AND p.started_on <= ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN p.started_on BETWEEN ? AND ? THEN 1 ELSE 0 END) "
                        + "FROM investment_project p WHERE p.signed_on <= ? OR p.started_on <= ? GROUP BY p.unit_id")
                .params(from, to, from, to, to, from, to, to, from, to, to, to)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    Map<Long, Sums> sums(LocalDate fromMonth, LocalDate toMonth) {
        Map<Long, Sums> sums = new HashMap<>();
        jdbc.sql("SELECT p.unit_id, SUM(m.contracted), SUM(m.in_place) FROM investment_month m "
                        + "JOIN investment_project p ON p.id = m.project_id WHERE m.month_start BETWEEN ? AND ? "
                        + "GROUP BY p.unit_id")
                .params(fromMonth, toMonth)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Sums(rs.getBigDecimal(2), rs.getBigDecimal(3))))
                .list().forEach(e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    /** How many projects of each unit are stalled: not 投产 and no stage change since {@code since}. */
    Map<Long, Long> stalled(LocalDate since) {
        Map<Long, Long> stalled = new HashMap<>();
        jdbc.sql("SELECT unit_id, COUNT(*) FROM investment_project WHERE stage <> 'PRODUCING' AND stage_on <= ? "
                        + "GROUP BY unit_id").param(since)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list().forEach(e -> stalled.put(e.getKey(), e.getValue()));
        return stalled;
    }
}
