package org.zhengwu.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengwu.cases.CaseType;
import org.zhengwu.platform.metrics.OperationalFigures;

/**
 * The operator's gauges of the case engine, per case type (letters, applications …): cases waiting (not closed:
 * with the dispatcher or with a unit) and, of those, past their deadline today (a paused case is not). One grouped
 * count over the index on (type_code, phase, deadline).
 */
@Component
class CaseOperationalFigures implements OperationalFigures {

    private static final String WAITING = "zhengwu.cases.waiting";
    private static final String OVERDUE = "zhengwu.cases.overdue";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<String> types;

    CaseOperationalFigures(JdbcClient jdbc, Clock clock, CaseTypes types) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.types = types.all().stream().map(CaseType::code).sorted().toList();
    }

    @Override
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        for (String type : types) {
            out.add(waiting(type));
            out.add(overdue(type));
        }
        return out;
    }

    @Override
    public Map<Figure, Number> read() {
        Map<Figure, Number> out = new HashMap<>();
        jdbc.sql("SELECT type_code, COUNT(*), SUM(CASE WHEN phase = 'OPEN' AND paused_on IS NULL AND deadline < ? "
                        + "THEN 1 ELSE 0 END) FROM case_record WHERE phase <> 'CLOSED' GROUP BY type_code")
                .param(LocalDate.now(clock))
                .query(rs -> {
                    String type = rs.getString(1);
                    out.put(waiting(type), rs.getLong(2));
                    out.put(overdue(type), rs.getLong(3));
                });
        return out;
    }

    private static Figure waiting(String type) {
        return new Figure(WAITING, Map.of("type", type), "办理中（未办结）的件数：来信、申请等，按类型");
    }

    private static Figure overdue(String type) {
        return new Figure(OVERDUE, Map.of("type", type), "已超过办理期限的件数（暂停计时的不算），按类型");
    }
}
