package org.zhengwu.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.content.PublishTime;
import org.zhengwu.publishing.GreyModeSetting;

/** The publishing module's table publishing_grey_mode: one row. */
@Repository
public class GreyModeStore {

    private final JdbcClient jdbc;

    GreyModeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public GreyModeSetting load() {
        return jdbc.sql("SELECT mode, starts_at, ends_at, changed_by, changed_at FROM publishing_grey_mode WHERE id = 1")
                .query(GreyModeStore::setting).optional()
                .orElse(new GreyModeSetting(GreyModeSetting.Mode.OFF, null, null, null, null));
    }

    public void save(GreyModeSetting s) {
        jdbc.sql("UPDATE publishing_grey_mode SET mode = ?, starts_at = ?, ends_at = ?, changed_by = ?, changed_at = ? WHERE id = 1")
                .params(s.mode().name(), s.startsAt(), s.endsAt(), s.changedBy(), s.changedAt())
                .update();
    }

    private static GreyModeSetting setting(ResultSet rs, int row) throws SQLException {
        return new GreyModeSetting(GreyModeSetting.Mode.valueOf(rs.getString("mode")), time(rs, "starts_at"),
                time(rs, "ends_at"), rs.getString("changed_by"), time(rs, "changed_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(PublishTime.CHINA).toOffsetDateTime();
    }
}
