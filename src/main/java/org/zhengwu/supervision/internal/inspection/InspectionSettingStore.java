package org.zhengwu.supervision.internal.inspection;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table inspection_setting: one row per setting the supervisors changed. */
@Repository
class InspectionSettingStore {

    private final JdbcClient jdbc;

    InspectionSettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Double> all() {
        Map<String, Double> m = new HashMap<>();
        jdbc.sql("SELECT name, setting_value FROM inspection_setting")
                .query(rs -> {
                    m.put(rs.getString("name"), rs.getDouble("setting_value"));
                });
        return m;
    }

    void put(String name, double value, OffsetDateTime at) {
        int updated = jdbc.sql("UPDATE inspection_setting SET setting_value = ?, updated_at = ? WHERE name = ?")
                .params(value, at, name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO inspection_setting (name, setting_value, updated_at) VALUES (?, ?, ?)")
                    .params(name, value, at).update();
        }
    }
}
