package org.zhengwu.supervision.internal.stations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.platform.crypto.FieldCipher;

/**
 * The tables ec_station and ec_station_service; the operator's name and phone are encrypted on the way in and
 * decrypted on the way out ({@link FieldCipher}).
 */
@Repository
class StationStore {

    private static final String COLUMNS = "id, parent_id, level, name, unit_id, township, village, operator_name, "
            + "operator_phone, address, latitude, longitude, opened_on, state, reports_from";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    StationStore(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    long insert(NewStation s, LocalDate reportsFrom, OffsetDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ec_station (parent_id, level, name, unit_id, township, village, operator_name, "
                        + "operator_phone, address, latitude, longitude, opened_on, state, reports_from, created_at, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(s.parentId(), s.level().name(), s.name(), s.unitId(), s.township(), s.village(),
                        cipher.encrypt(s.operatorName()), cipher.encrypt(s.operatorPhone()), s.address(), s.latitude(),
                        s.longitude(), s.openedOn(), s.state().name(), reportsFrom, now, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        services(id, s.services());
        return id;
    }

    void update(long id, NewStation s, OffsetDateTime now) {
        jdbc.sql("UPDATE ec_station SET parent_id = ?, level = ?, name = ?, unit_id = ?, township = ?, village = ?, "
                        + "operator_name = ?, operator_phone = ?, address = ?, latitude = ?, longitude = ?, "
                        + "opened_on = ?, state = ?, updated_at = ? WHERE id = ?")
                .params(s.parentId(), s.level().name(), s.name(), s.unitId(), s.township(), s.village(),
                        cipher.encrypt(s.operatorName()), cipher.encrypt(s.operatorPhone()), s.address(), s.latitude(),
                        s.longitude(), s.openedOn(), s.state().name(), now, id)
                .update();
        jdbc.sql("DELETE FROM ec_station_service WHERE station_id = ?").param(id).update();
        services(id, s.services());
    }

    private void services(long id, List<String> services) {
        for (String service : services) {
            jdbc.sql("INSERT INTO ec_station_service (station_id, service) VALUES (?, ?)").params(id, service).update();
        }
    }

    void reportsFrom(long id, LocalDate month) {
        jdbc.sql("UPDATE ec_station SET reports_from = ? WHERE id = ?").params(month, id).update();
    }

    boolean nameTaken(String name, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM ec_station WHERE name = ? AND id <> ?")
                .params(name, except == null ? -1L : except).query(Long.class).single() > 0;
    }

    boolean centerExists(Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM ec_station WHERE level = 'COUNTY' AND id <> ?")
                .param(except == null ? -1L : except).query(Long.class).single() > 0;
    }

    Optional<Station> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ec_station WHERE id = ?").param(id).query(this::row).list()
                .stream().findFirst().map(s -> withServices(List.of(s)).get(0));
    }

    /** Every station, or the unit's ({@code unitIds} null: every unit), in the tree's order: level, township, name. */
    List<Station> list(Set<Long> unitIds) {
        List<Station> all = jdbc.sql("SELECT " + COLUMNS + " FROM ec_station ORDER BY CASE level WHEN 'COUNTY' THEN 0 "
                + "WHEN 'TOWNSHIP' THEN 1 ELSE 2 END, township, name, id").query(this::row).list();
        return withServices(unitIds == null ? all : all.stream().filter(s -> unitIds.contains(s.unitId())).toList());
    }

    private List<Station> withServices(List<Station> stations) {
        if (stations.isEmpty()) {
            return stations;
        }
        Map<Long, List<String>> services = new HashMap<>();
        jdbc.sql("SELECT s.station_id, s.service FROM ec_station_service s LEFT JOIN ec_station_option o "
                        + "ON o.kind = 'SERVICE' AND o.name = s.service ORDER BY s.station_id, o.position, s.service")
                .query(rs -> {
                    services.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return stations.stream().map(s -> new Station(s.id(), s.parentId(), s.level(), s.name(), s.unitId(),
                s.township(), s.village(), s.operatorName(), s.operatorPhone(), s.address(), s.latitude(),
                s.longitude(), s.openedOn(), s.state(), s.reportsFrom(), services.getOrDefault(s.id(), List.of())))
                .toList();
    }

    private Station row(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Station(rs.getLong("id"), parentId, Level.valueOf(rs.getString("level")),
                rs.getString("name"), rs.getLong("unit_id"), rs.getString("township"), rs.getString("village"),
                cipher.decrypt(rs.getString("operator_name")), cipher.decrypt(rs.getString("operator_phone")),
                rs.getString("address"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
                rs.getObject("opened_on", LocalDate.class), StationState.valueOf(rs.getString("state")),
                rs.getObject("reports_from", LocalDate.class), List.of());
    }
}
