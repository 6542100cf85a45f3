package org.zhengwu.petitions.internal.duty;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Sensitive periods, their units and the units' duty days (duty_period, duty_unit, duty_entry). */
@Repository
class DutyStore {

    /** One unit's day: the phone still encrypted. */
    record Entry(long unitId, LocalDate day, String leader, String staff, String phoneSealed) {
    }

    private final JdbcClient jdbc;

    DutyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPeriod(String name, LocalDate from, LocalDate to, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO duty_period (name, from_day, to_day, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, from, to, by, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertUnit(long periodId, long unitId) {
        jdbc.sql("INSERT INTO duty_unit (period_id, unit_id) VALUES (?, ?)").params(periodId, unitId).update();
    }

    List<Period> periods() {
        return jdbc.sql("SELECT id, name, from_day, to_day FROM duty_period ORDER BY from_day DESC, id DESC")
                .query(DutyStore::period).list();
    }

    Optional<Period> period(long id) {
        return jdbc.sql("SELECT id, name, from_day, to_day FROM duty_period WHERE id = ?").param(id)
                .query(DutyStore::period).optional();
    }

    private static Period period(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Period(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class));
    }

    List<Long> units(long periodId) {
        return jdbc.sql("SELECT unit_id FROM duty_unit WHERE period_id = ? ORDER BY unit_id").param(periodId)
                .query(Long.class).list();
    }

    List<Entry> entries(long periodId, Long unitId) {
        return jdbc.sql("SELECT unit_id, duty_day, leader, staff, phone FROM duty_entry WHERE period_id = ? "
                        + (unitId == null ? "" : "AND unit_id = " + unitId.longValue() + " ") + "ORDER BY duty_day, unit_id")
                .param(periodId)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    void replace(long periodId, long unitId, List<Entry> entries, String by, OffsetDateTime at) {
        jdbc.sql("DELETE FROM duty_entry WHERE period_id = ? AND unit_id = ?").params(periodId, unitId).update();
        for (Entry e : entries) {
            jdbc.sql("INSERT INTO duty_entry (period_id, unit_id, duty_day, leader, staff, phone, entered_by, "
                            + "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(periodId, unitId, e.day(), e.leader(), e.staff(), e.phoneSealed(), by, at).update();
        }
    }
}
