package org.zhengwu.supervision.internal.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table score_bulletin. */
@Repository
class BulletinStore {

    private static final String COLUMNS = "SELECT id, score_month, number_year, number_seq, issued_on, issued_by, "
            + "notice_item_id FROM score_bulletin";

    private final JdbcClient jdbc;

    BulletinStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Bulletin> all() {
        return jdbc.sql(COLUMNS + " ORDER BY score_month DESC").query(this::row).list();
    }

    Optional<Bulletin> byId(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(this::row).optional();
    }

    Optional<Bulletin> byMonth(YearMonth month) {
        return jdbc.sql(COLUMNS + " WHERE score_month = ?").param(month.toString()).query(this::row).optional();
    }

    int nextNumber(int year) {
        return jdbc.sql("SELECT COALESCE(MAX(number_seq), 0) + 1 FROM score_bulletin WHERE number_year = ?")
                .param(year).query(Integer.class).single();
    }

    long insert(YearMonth month, int seq, LocalDate issuedOn, OffsetDateTime at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO score_bulletin (score_month, number_year, number_seq, issued_on, issued_at, issued_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(month.toString(), issuedOn.getYear(), seq, issuedOn, at, by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setNotice(long id, long itemId) {
        jdbc.sql("UPDATE score_bulletin SET notice_item_id = ? WHERE id = ?").params(itemId, id).update();
    }

    private Bulletin row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long notice = rs.getLong(7);
        Long noticeItem = rs.wasNull() ? null : notice;
        return new Bulletin(rs.getLong(1), YearMonth.parse(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), noticeItem);
    }
}
