package org.zhengwu.supervision.internal.stations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.platform.security.UnitScope;
import org.zhengwu.supervision.internal.reporting.InvalidReport;

/**
 * The two configurable lists of the registry (table ec_station_option): the services a station may offer and the
 * fit-out checklist "十个一". The defaults (V42) follow the provinces' 电子商务进农村综合示范 station standards; the
 * supervisors and administrators rewrite a list one item a line. A station keeps the services and ticks it has when
 * an item leaves the list; the checklist shows the current items only.
 */
@Service
public class StationOptions {

    /** Which list. */
    public enum Kind {
        SERVICE, CHECK
    }

    static final int MAX_ITEMS = 30;
    static final int MAX_LENGTH = 40;

    private final JdbcClient jdbc;
    private final UnitScope scope;
    private final AuditTrail audit;

    StationOptions(JdbcClient jdbc, UnitScope scope, AuditTrail audit) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<String> items(Kind kind) {
        return jdbc.sql("SELECT name FROM ec_station_option WHERE kind = ? ORDER BY position, name").param(kind.name())
                .query(String.class).list();
    }

    /** Replaces a list by the lines typed (blank lines ignored); refused with every problem, nothing stored. */
    @Transactional
    public void replace(Kind kind, String lines) {
        Stations.requireManager(scope);
        List<InvalidReport.Problem> problems = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>();
        String field = kind == Kind.SERVICE ? "serviceList" : "checkList";
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            String item = line.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (item.length() > MAX_LENGTH) {
                StationRules.add(problems, field, "stations.check.item-too-long", item, MAX_LENGTH);
            } else if (!items.add(item)) {
                StationRules.add(problems, field, "stations.check.item-twice", item);
            }
        }
        if (items.isEmpty()) {
            StationRules.add(problems, field, "stations.check.required");
        } else if (items.size() > MAX_ITEMS) {
            StationRules.add(problems, field, "stations.check.too-many", MAX_ITEMS);
        }
        if (!problems.isEmpty()) {
            throw new InvalidReport(problems);
        }
        jdbc.sql("DELETE FROM ec_station_option WHERE kind = ?").param(kind.name()).update();
        int position = 0;
        for (String item : items) {
            jdbc.sql("INSERT INTO ec_station_option (kind, position, name) VALUES (?, ?, ?)")
                    .params(kind.name(), ++position, item).update();
        }
        audit.record(AuditEvent.of("stations.options." + kind.name().toLowerCase(java.util.Locale.ROOT),
                "station-options", null, null, String.join("、", items)));
    }

    /** Refuses unless a manager (a supervisor or an administrator) asks: the lists' page is theirs. */
    public void requireManager() {
        Stations.requireManager(scope);
    }

    /** Whether a staff member of this role manages the registry and its lists. */
    static boolean manages(StaffRole role) {
        return role == StaffRole.SUPERVISOR || role == StaffRole.ADMINISTRATOR;
    }
}
