package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseFigures;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.platform.RuleViolation;

/**
 * {@link CaseFigures}: counts in SQL, grouped by the owning unit or the category; the working days to close are
 * counted on the calendar, case by case, so holidays and make-up workdays count as they did, less the working days
 * the case was paused (暂停计时). A paused case is open but never overdue.
 */
@Service
class CaseFigureQueries implements CaseFigures {

    /** What the figures are grouped by: a column of case_record, never text from a request. */
    private enum By {
        UNIT("owner_unit_id"), CATEGORY("category");

        final String column;

        By(String column) {
            this.column = column;
        }
    }

    /** The running figures of one group. */
    private static final class Sums {
        long received;
        long closed;
        long onTime;
        long daysTotal;
        long daysCount;
        long open;
        long overdue;
    }

    private final JdbcClient jdbc;
    private final CaseTypes types;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseFigureQueries(JdbcClient jdbc, CaseTypes types, WorkingDays workingDays, Clock clock) {
        this.jdbc = jdbc;
        this.types = types;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figures> perUnit(String typeCode, LocalDate from, LocalDate to) {
        return figures(By.UNIT, typeCode, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figures> perCategory(String typeCode, LocalDate from, LocalDate to) {
        return figures(By.CATEGORY, typeCode, from, to);
    }

    private List<Figures> figures(By by, String typeCode, LocalDate from, LocalDate to) {
        String type = types.get(typeCode).code();
        if (from == null || to == null || to.isBefore(from)) {
            throw new RuleViolation("cases.figures.period");
        }
        Map<Object, Sums> groups = new HashMap<>(); // the key null: no unit, or no category
        String key = by.column;
        jdbc.sql("SELECT " + key + ", COUNT(*) FROM case_record WHERE type_code = ? AND opened_at >= ? AND opened_at < ? "
                        + "GROUP BY " + key)
                .params(type, from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
                        to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query(rs -> {
                    sums(groups, rs.getObject(1)).received = rs.getLong(2);
                });
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("SELECT " + key + ", COUNT(*), SUM(CASE WHEN deadline < ? AND paused_on IS NULL THEN 1 ELSE 0 END) "
                        + "FROM case_record "
                        + "WHERE type_code = ? AND phase = 'OPEN' GROUP BY " + key)
                .params(today, type)
                .query(rs -> {
                    Sums s = sums(groups, rs.getObject(1));
                    s.open = rs.getLong(2);
                    s.overdue = rs.getLong(3);
                });
        WorkingDayCalendar calendar = workingDays.calendar();
        jdbc.sql("SELECT " + key + ", assigned_on, closed_on, deadline, paused_days FROM case_record "
                        + "WHERE type_code = ? "
                        + "AND phase = 'CLOSED' AND closed_on BETWEEN ? AND ?")
                .params(type, from, to)
                .query(rs -> {
                    Sums s = sums(groups, rs.getObject(1));
                    LocalDate assigned = rs.getObject(2, LocalDate.class);
                    LocalDate closed = rs.getObject(3, LocalDate.class);
                    LocalDate deadline = rs.getObject(4, LocalDate.class);
                    s.closed++;
                    if (deadline != null && !closed.isAfter(deadline)) {
                        s.onTime++;
                    }
                    if (assigned != null) {
                        s.daysTotal += Math.max(0, calendar.workingDaysBetween(assigned, closed) - rs.getInt(5));
                        s.daysCount++;
                    }
                });
        List<Figures> result = new ArrayList<>();
        groups.forEach((k, s) -> result.add(new Figures(by == By.UNIT ? (Long) k : null,
                by == By.CATEGORY ? (String) k : null, s.received, s.closed, s.onTime,
                s.daysCount == 0 ? null : (double) s.daysTotal / s.daysCount, s.open, s.overdue)));
        result.sort(by == By.UNIT
                ? Comparator.comparing(Figures::unitId, Comparator.nullsLast(Comparator.naturalOrder()))
                : Comparator.comparing(Figures::category, Comparator.nullsLast(Comparator.naturalOrder())));
        return result;
    }

    /** The group of a key as the database gives it (a unit id as Long on every database, a category as String). */
    private static Sums sums(Map<Object, Sums> groups, Object key) {
        return groups.computeIfAbsent(key instanceof Number n ? Long.valueOf(n.longValue()) : key, x -> new Sums());
    }
}
