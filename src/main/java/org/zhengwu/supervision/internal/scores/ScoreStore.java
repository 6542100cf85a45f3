package org.zhengwu.supervision.internal.scores;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables score_weight and unit_duty. */
@Repository
class ScoreStore {

    private final JdbcClient jdbc;

    ScoreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Weights weights() {
        Map<ScoreItem, Integer> points = new EnumMap<>(ScoreItem.class);
        jdbc.sql("SELECT item, weight FROM score_weight").query(rs -> {
            points.put(ScoreItem.valueOf(rs.getString(1)), rs.getInt(2));
        });
        return new Weights(points);
    }

    void saveWeights(Weights weights) {
        for (ScoreItem item : ScoreItem.values()) {
            int updated = jdbc.sql("UPDATE score_weight SET weight = ? WHERE item = ?")
                    .params(weights.of(item), item.name()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO score_weight (item, weight, sort_order) VALUES (?, ?, ?)")
                        .params(item.name(), weights.of(item), item.ordinal() + 1).update();
            }
        }
    }

    List<UnitDuty> duties() {
        return jdbc.sql("SELECT unit_id, per_period, items FROM unit_duty ORDER BY unit_id")
                .query((rs, n) -> new UnitDuty(rs.getLong(1), DutyPeriod.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    Optional<UnitDuty> duty(long unitId) {
        return duties().stream().filter(d -> d.unitId() == unitId).findFirst();
    }

    void saveDuty(UnitDuty duty, OffsetDateTime at, String by) {
        int updated = jdbc.sql("UPDATE unit_duty SET per_period = ?, items = ?, updated_at = ?, updated_by = ? "
                        + "WHERE unit_id = ?")
                .params(duty.period().name(), duty.items(), at, by, duty.unitId()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO unit_duty (unit_id, per_period, items, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)")
                    .params(duty.unitId(), duty.period().name(), duty.items(), at, by).update();
        }
    }

    boolean removeDuty(long unitId) {
        return jdbc.sql("DELETE FROM unit_duty WHERE unit_id = ?").param(unitId).update() > 0;
    }
}
