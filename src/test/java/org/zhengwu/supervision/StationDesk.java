package org.zhengwu.supervision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.supervision.internal.stations.Level;
import org.zhengwu.supervision.internal.stations.Station;
import org.zhengwu.supervision.internal.stations.Stations;

/**
 * The station tests' registry: the one county center of the shared test database (registered by the first test that
 * needs it) and stations registered by a supervisor at a chosen moment, each with a name of its own.
 */
@Component
public class StationDesk {

    private final SupervisionDesk desk;
    private final Stations stations;

    StationDesk(SupervisionDesk desk, Stations stations) {
        this.desk = desk;
        this.stations = stations;
    }

    /** A station's particulars as the form types them, valid unless changed. */
    public Map<String, String> typed(Level level, Long parent, String name, long unitId) {
        Map<String, String> t = new HashMap<>();
        t.put("level", level.name());
        t.put("parent", parent == null ? "" : parent.toString());
        t.put("name", name);
        t.put("unit", String.valueOf(unitId));
        t.put("township", "试验镇");
        t.put("village", level == Level.VILLAGE ? "试验村" : "");
        t.put("operatorName", "张经营");
        t.put("operatorPhone", "13912345678");
        t.put("address", "试验镇中心街1号");
        t.put("latitude", "36.651216");
        t.put("longitude", "117.120095");
        t.put("openedOn", "2020-06-01");
        t.put("state", "OPERATING");
        return t;
    }

    /** The county center, registered on first use by the supervisor at that moment. */
    public synchronized long center(String at, StaffUser supervisor, long unitId) {
        return desk.at(at, supervisor, () -> stations.list().stream().filter(s -> s.level() == Level.COUNTY)
                .findFirst().map(Station::id).orElseGet(() -> stations.create(
                        typed(Level.COUNTY, null, ConsoleFixtures.code("县电商中心"), unitId), List.of("快递收发"))));
    }

    /** Registers a station as the supervisor at that moment; returns its id. */
    public long register(String at, StaffUser supervisor, Level level, Long parent, String name, long unitId) {
        return desk.at(at, supervisor, () -> stations.create(typed(level, parent, name, unitId),
                List.of("代购代销", "快递收发")));
    }
}
