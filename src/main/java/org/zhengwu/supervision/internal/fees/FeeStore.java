package org.zhengwu.supervision.internal.fees;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables manuscript_fee_settings, manuscript_fee_bonus, manuscript_fee_month and manuscript_fee_line. */
@Repository
class FeeStore {

    /** A bonus the office entered. */
    record Bonus(long itemId, long amountFen, String reason, String enteredBy, OffsetDateTime enteredAt) {
    }

    /** Who approved a month and when. */
    record Approval(String approvedBy, OffsetDateTime approvedAt) {
    }

    private final JdbcClient jdbc;

    FeeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FeeSettings settings() {
        return jdbc.sql("SELECT fen_per_hundred, bonus_min_fen, bonus_max_fen FROM manuscript_fee_settings WHERE id = 1")
                .query((rs, i) -> new FeeSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3))).optional()
                .orElse(FeeSettings.DEFAULTS);
    }

    void saveSettings(FeeSettings s, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE manuscript_fee_settings SET fen_per_hundred = ?, bonus_min_fen = ?, bonus_max_fen = ?, "
                        + "updated_by = ?, updated_at = ? WHERE id = 1")
                .params(s.fenPerHundred(), s.bonusMinFen(), s.bonusMaxFen(), by, at).update();
    }

    Map<Long, Bonus> bonuses(Collection<Long> itemIds) {
        Map<Long, Bonus> out = new HashMap<>();
        if (itemIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT item_id, amount_fen, reason, entered_by, entered_at FROM manuscript_fee_bonus "
                        + "WHERE item_id IN (:ids)")
                .param("ids", itemIds)
                .query((rs, i) -> new Bonus(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list().forEach(b -> out.put(b.itemId(), b));
        return out;
    }

    void putBonus(Bonus b) {
        jdbc.sql("DELETE FROM manuscript_fee_bonus WHERE item_id = ?").param(b.itemId()).update();
        jdbc.sql("INSERT INTO manuscript_fee_bonus (item_id, amount_fen, reason, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)")
                .params(b.itemId(), b.amountFen(), b.reason(), b.enteredBy(), b.enteredAt()).update();
    }

    boolean removeBonus(long itemId) {
        return jdbc.sql("DELETE FROM manuscript_fee_bonus WHERE item_id = ?").param(itemId).update() > 0;
    }

    Optional<Approval> approval(YearMonth month) {
        return jdbc.sql("SELECT approved_by, approved_at FROM manuscript_fee_month WHERE fee_month = ?")
                .param(month.toString())
                .query((rs, i) -> new Approval(rs.getString(1), rs.getObject(2, OffsetDateTime.class))).optional();
    }

    /** Freezes the month: its approval and its lines. */
    void approve(YearMonth month, List<FeeLine> lines, String by, OffsetDateTime at) {
        jdbc.sql("INSERT INTO manuscript_fee_month (fee_month, approved_by, approved_at) VALUES (?, ?, ?)")
                .params(month.toString(), by, at).update();
        for (FeeLine l : lines) {
            jdbc.sql("INSERT INTO manuscript_fee_line (fee_month, item_id, title, published_at, unit_id, editor_id, "
                            + "editor_name, characters, base_fen, bonus_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(month.toString(), l.itemId(), l.title(), l.publishedAt(), l.unitId(), l.editorId(),
                            l.editorName(), l.characters(), l.baseFen(), l.bonusFen()).update();
        }
    }

    List<FeeLine> frozenLines(YearMonth month) {
        return jdbc.sql("SELECT item_id, title, published_at, unit_id, editor_id, editor_name, characters, base_fen, "
                        + "bonus_fen FROM manuscript_fee_line WHERE fee_month = ? ORDER BY published_at, item_id")
                .param(month.toString())
                .query((rs, i) -> new FeeLine(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getLong(4), (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getInt(7),
                        rs.getLong(8), rs.getLong(9)))
                .list();
    }
}
