package org.zhengwu.petitions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.petitions.PetitionFigures;

/** {@link PetitionFigures} from the petition rows and the key cases, counted per unit in Java over the period. */
@Service
class PetitionFigureQueries implements PetitionFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    PetitionFigureQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The counts of one unit while they are added up. */
    private static final class Tally {
        long received;
        final Map<String, Long> byChannel = new TreeMap<>();
        long accepted;
        long answered;
        long onTime;
        long overdue;
        long skipping;
        long repeats;
        long keyResolved;

        UnitFigures done() {
            return new UnitFigures(received, Map.copyOf(byChannel), accepted, answered, onTime, overdue, skipping,
                    repeats, keyResolved);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UnitFigures> perUnit(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to.isBefore(today) ? to : today;
        Map<Long, Tally> units = new HashMap<>();
        jdbc.sql("SELECT unit_id, channel, skipping_levels, repeat_of_id, registered_on, decision_due, decided_on, "
                        + "accepted, answer_due, answered_on FROM petition WHERE registered_on <= ? AND "
                        + "(registered_on >= ? OR decided_on >= ? OR answered_on >= ? OR decided_on IS NULL "
                        + "OR (accepted = TRUE AND answered_on IS NULL))")
                .params(to, from, from, from)
                .query(rs -> {
                    Tally t = units.computeIfAbsent(rs.getLong(1), k -> new Tally());
                    LocalDate registered = rs.getObject(5, LocalDate.class);
                    LocalDate decisionDue = rs.getObject(6, LocalDate.class);
                    LocalDate decided = rs.getObject(7, LocalDate.class);
                    boolean accepted = Boolean.TRUE.equals(rs.getObject(8, Boolean.class));
                    LocalDate answerDue = rs.getObject(9, LocalDate.class);
                    LocalDate answered = rs.getObject(10, LocalDate.class);
                    boolean repeat = rs.getObject(4) != null;
                    if (within(registered, from, to)) {
                        if (repeat) {
                            t.repeats++;
                        } else {
                            t.received++;
                            t.byChannel.merge(rs.getString(2), 1L, Long::sum);
                            t.skipping += rs.getBoolean(3) ? 1 : 0;
                        }
                    }
                    if (accepted && within(decided, from, to)) {
                        t.accepted++;
                    }
                    if (within(answered, from, to)) {
                        t.answered++;
                        if (answerDue != null && !answered.isAfter(answerDue)) {
                            t.onTime++;
                        } else {
                            t.overdue++;
                        }
                    } else if ((decided == null && !repeat && decisionDue.isBefore(end))
                            || (accepted && answered == null && answerDue != null && answerDue.isBefore(end))) {
                        t.overdue++;
                    }
                });
        jdbc.sql("SELECT unit_id, COUNT(*) FROM key_petition WHERE resolved_on >= ? AND resolved_on <= ? "
                        + "GROUP BY unit_id").params(from, to)
                .query(rs -> {
                    units.computeIfAbsent(rs.getLong(1), k -> new Tally()).keyResolved = rs.getLong(2);
                });
        Map<Long, UnitFigures> out = new LinkedHashMap<>();
        units.forEach((k, v) -> out.put(k, v.done()));
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, UnitFigures>> ranking(LocalDate from, LocalDate to) {
        List<Map.Entry<Long, UnitFigures>> list = new ArrayList<>(perUnit(from, to).entrySet());
        list.sort(Comparator.<Map.Entry<Long, UnitFigures>>comparingDouble(e -> {
                    Double s = e.getValue().onTimeShare();
                    return s == null ? 1 : -s; // nothing answered: after every unit that answered
                })
                .thenComparingLong(e -> e.getValue().overdue())
                .thenComparingLong(e -> e.getValue().received()));
        return list;
    }

    private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return d != null && !d.isBefore(from) && !d.isAfter(to);
    }
}
