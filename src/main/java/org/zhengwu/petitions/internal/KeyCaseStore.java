package org.zhengwu.petitions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables key_petition, key_petition_action and key_petition_report. */
@Repository
class KeyCaseStore {

    private static final String COLUMNS = "petition_id, leader_name, leader_title, unit_id, plan, resolution, "
            + "marked_on, resolved_on";

    private final JdbcClient jdbc;

    KeyCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<KeyCase> find(long petitionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM key_petition WHERE petition_id = ?").param(petitionId)
                .query(KeyCaseStore::row).optional();
    }

    Optional<Long> responsibleUnit(long petitionId) {
        return jdbc.sql("SELECT unit_id FROM key_petition WHERE petition_id = ?").param(petitionId).query(Long.class)
                .optional();
    }

    void insert(KeyCase k) {
        jdbc.sql("INSERT INTO key_petition (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?)")
                .params(k.petitionId(), k.leaderName(), k.leaderTitle(), k.unitId(), k.plan(), k.resolution().name(),
                        k.markedOn(), k.resolvedOn()).update();
    }

    void resolution(long petitionId, KeyCase.Resolution r, LocalDate resolvedOn) {
        jdbc.sql("UPDATE key_petition SET resolution = ?, resolved_on = COALESCE(resolved_on, ?) WHERE petition_id = ?")
                .params(r.name(), resolvedOn, petitionId).update();
    }

    void addAction(long petitionId, KeyCase.Action a, OffsetDateTime at) {
        jdbc.sql("INSERT INTO key_petition_action (petition_id, kind, happened_on, who, what, recorded_by, recorded_at) "
                        + "VALUES (?,?,?,?,?,?,?)")
                .params(petitionId, a.kind().name(), a.on(), a.who(), a.what(), a.recordedBy(), at).update();
    }

    List<KeyCase.Action> actions(long petitionId) {
        return jdbc.sql("SELECT kind, happened_on, who, what, recorded_by FROM key_petition_action "
                        + "WHERE petition_id = ? ORDER BY happened_on, id").param(petitionId)
                .query((rs, n) -> new KeyCase.Action(KeyCase.Action.Kind.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5))).list();
    }

    /** Writes a month's report; a second one for the same month replaces the first. */
    void saveReport(long petitionId, KeyCase.Report r, OffsetDateTime at) {
        LocalDate month = r.month().atDay(1);
        int changed = jdbc.sql("UPDATE key_petition_report SET progress = ?, resolution = ?, written_by = ?, "
                        + "written_at = ? WHERE petition_id = ? AND month_start = ?")
                .params(r.progress(), r.resolution().name(), r.writtenBy(), at, petitionId, month).update();
        if (changed == 0) {
            jdbc.sql("INSERT INTO key_petition_report (petition_id, month_start, progress, resolution, written_by, "
                            + "written_at) VALUES (?,?,?,?,?,?)")
                    .params(petitionId, month, r.progress(), r.resolution().name(), r.writtenBy(), at).update();
        }
    }

    List<KeyCase.Report> reports(long petitionId) {
        return jdbc.sql("SELECT month_start, progress, resolution, written_by FROM key_petition_report "
                        + "WHERE petition_id = ? ORDER BY month_start").param(petitionId)
                .query((rs, n) -> new KeyCase.Report(YearMonth.from(rs.getObject(1, LocalDate.class)),
                        rs.getString(2), KeyCase.Resolution.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    /** Every key case with its petition's reference and matter, oldest first. */
    List<LedgerRow> ledger() {
        return jdbc.sql("SELECT k.petition_id, p.reference, p.matter, k.leader_name, k.leader_title, k.unit_id, "
                        + "k.plan, k.resolution, k.marked_on, k.resolved_on FROM key_petition k "
                        + "JOIN petition p ON p.id = k.petition_id ORDER BY k.marked_on, p.reference")
                .query((rs, n) -> new LedgerRow(row(rs, n), rs.getString("reference"), rs.getString("matter")))
                .list();
    }

    /** A key case with its petition's reference and matter. */
    record LedgerRow(KeyCase key, String reference, String matter) {
    }

    /** The latest visit or meeting. */
    Optional<KeyCase.Action> lastAction(long petitionId) {
        return jdbc.sql("SELECT kind, happened_on, who, what, recorded_by FROM key_petition_action "
                        + "WHERE petition_id = ? ORDER BY happened_on DESC, id DESC").param(petitionId)
                .query((rs, n) -> new KeyCase.Action(KeyCase.Action.Kind.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list().stream().findFirst();
    }

    private static KeyCase row(ResultSet rs, int n) throws SQLException {
        return new KeyCase(rs.getLong("petition_id"), rs.getString("leader_name"), rs.getString("leader_title"),
                rs.getLong("unit_id"), rs.getString("plan"), KeyCase.Resolution.valueOf(rs.getString("resolution")),
                rs.getObject("marked_on", LocalDate.class), rs.getObject("resolved_on", LocalDate.class));
    }
}
