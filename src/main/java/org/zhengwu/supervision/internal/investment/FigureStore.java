package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The annual targets (investment_target) and a year's figures by unit (investment_unit_month kept here). */
@Repository
class FigureStore {

    private final JdbcClient jdbc;
    /** A savepoint inside the caller's transaction. */
    private final TransactionTemplate nested;

    FigureStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.nested = new TransactionTemplate(transactions);
        this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
     * by {@code to}; and projects started in those days. (A project started is signed, on that day or before: a
     * stage skipped counts as reached, so signed_on is never later than registered_on or started_on.)
     */
    Map<Long, Counts> counts(LocalDate from, LocalDate to) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.sql("SELECT p.unit_id, "
                        + "SUM(CASE WHEN p.signed_on BETWEEN ? AND ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN p.signed_on BETWEEN ? AND ? AND p.registered_on <= ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN p.signed_on BETWEEN ? AND ? AND p.started_on <= ? THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN p.started_on BETWEEN ? AND ? THEN 1 ELSE 0 END) "
                        + "FROM investment_project p WHERE p.signed_on <= ? GROUP BY p.unit_id")
                .params(from, to, from, to, to, from, to, to, from, to, to)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Counts(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5))))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** By unit: the sums of its projects' months from {@code fromMonth} to {@code toMonth} (first days). */
    Map<Long, Sums> sums(LocalDate fromMonth, LocalDate toMonth) {
        Map<Long, Sums> sums = new HashMap<>();
        jdbc.sql("SELECT unit_id, SUM(contracted), SUM(in_place) FROM investment_unit_month "
                        + "WHERE month_start BETWEEN ? AND ? GROUP BY unit_id")
                .params(fromMonth, toMonth)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Sums(rs.getBigDecimal(2), rs.getBigDecimal(3))))
                .list().forEach(e -> sums.put(e.getKey(), e.getValue()));
        return sums;
    }

    /**
     * Adds a change of one project's month to its unit's month sums. Entries of one unit's projects for the same month
     * meet on the sum's row (the update locks it); when two transactions create the row at once, the one that loses
     * adds to the row the other created (the insert runs in a savepoint, so the transaction goes on).
     */
    void addToUnitMonth(long unitId, LocalDate month, BigDecimal contracted, BigDecimal inPlace) {
        if (addTo(unitId, month, contracted, inPlace) > 0) {
            return;
        }
        try {
            nested.executeWithoutResult(s -> jdbc.sql("INSERT INTO investment_unit_month (unit_id, month_start, "
                            + "contracted, in_place) VALUES (?, ?, ?, ?)")
                    .params(unitId, month, contracted, inPlace).update());
        } catch (DuplicateKeyException e) {
            addTo(unitId, month, contracted, inPlace);
        }
    }

    private int addTo(long unitId, LocalDate month, BigDecimal contracted, BigDecimal inPlace) {
        return jdbc.sql("UPDATE investment_unit_month SET contracted = contracted + ?, in_place = in_place + ? "
                        + "WHERE month_start = ? AND unit_id = ?")
                .params(contracted, inPlace, month, unitId).update();
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
