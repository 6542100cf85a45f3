package org.zhengwu.supervision.internal.investment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables investment_project, investment_stage_change and investment_month (with its unit sums). */
@Repository
class ProjectStore {

    private static final String COLUMNS = "id, name, investor, industry, source, amount, unit_id, leader, stage, "
            + "stage_on, signed_on, started_on";

    private final JdbcClient jdbc;
    private final FigureStore figures;

    ProjectStore(JdbcClient jdbc, FigureStore figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    long insert(NewProject p, OffsetDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO investment_project (name, investor, industry, source, amount, unit_id, leader, stage, "
                        + "stage_on, signed_on, registered_on, started_on, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(p.name(), p.investor(), p.industry(), p.source().name(), p.amount(), p.unitId(), p.leader(),
                        p.stage().name(), p.stageOn(), p.stage().signed() ? p.stageOn() : null,
                        p.stage().registered() ? p.stageOn() : null, p.stage().started() ? p.stageOn() : null, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    void update(long id, NewProject p) {
        jdbc.sql("UPDATE investment_project SET name = ?, investor = ?, industry = ?, source = ?, amount = ?, "
                        + "unit_id = ?, leader = ? WHERE id = ?")
                .params(p.name(), p.investor(), p.industry(), p.source().name(), p.amount(), p.unitId(), p.leader(), id)
                .update();
    }

    boolean exists(String name, String investor, Long except) {
        return jdbc.sql("SELECT COUNT(*) FROM investment_project WHERE name = ? AND investor = ? AND id <> ?")
                .params(name, investor, except == null ? -1L : except).query(Long.class).single() > 0;
    }

    Optional<Project> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investment_project WHERE id = ?").param(id).query(this::row)
                .optional();
    }

    Optional<Project> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM investment_project WHERE id = ? FOR UPDATE").param(id)
                .query(this::row).optional();
    }

    /** Every project, or one unit's (unitId not null), by unit and name. */
    List<Project> list(Long unitId) {
        if (unitId == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM investment_project ORDER BY unit_id, id").query(this::row).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM investment_project WHERE unit_id = ? ORDER BY id").param(unitId)
                .query(this::row).list();
    }

    void stage(long id, Stage stage, LocalDate on) {
        jdbc.sql("UPDATE investment_project SET stage = ?, stage_on = ?, "
                        + "signed_on = CASE WHEN signed_on IS NULL AND ? THEN ? ELSE signed_on END, "
                        + "registered_on = CASE WHEN registered_on IS NULL AND ? THEN ? ELSE registered_on END, "
                        + "started_on = CASE WHEN started_on IS NULL AND ? THEN ? ELSE started_on END WHERE id = ?")
                .params(stage.name(), on, stage.signed(), on, stage.registered(), on, stage.started(), on, id)
                .update();
    }

    void addChange(long id, Stage stage, LocalDate on, String evidence, String by, OffsetDateTime at) {
        jdbc.sql("INSERT INTO investment_stage_change (project_id, stage, changed_on, evidence, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, stage.name(), on, evidence, by, at).update();
    }

    List<Project.StageChange> changes(long id) {
        return jdbc.sql("SELECT stage, changed_on, evidence, recorded_by FROM investment_stage_change "
                        + "WHERE project_id = ? ORDER BY changed_on, id").param(id)
                .query((rs, n) -> new Project.StageChange(Stage.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** Enters (or replaces) a project's month and moves its unit's month sums by the difference. */
    void month(long id, LocalDate month, BigDecimal contracted, BigDecimal inPlace) {
        long unitId = jdbc.sql("SELECT unit_id FROM investment_project WHERE id = ?").param(id).query(Long.class)
                .single();
        Optional<Project.Month> before = jdbc.sql("SELECT month_start, contracted, in_place FROM investment_month "
                        + "WHERE project_id = ? AND month_start = ?")
                .params(id, month).query(ProjectStore::month).optional();
        if (before.isPresent()) {
            jdbc.sql("UPDATE investment_month SET contracted = ?, in_place = ? WHERE project_id = ? AND month_start = ?")
                    .params(contracted, inPlace, id, month).update();
        } else {
            jdbc.sql("INSERT INTO investment_month (project_id, month_start, contracted, in_place) VALUES (?, ?, ?, ?)")
                    .params(id, month, contracted, inPlace).update();
        }
        figures.addToUnitMonth(unitId, month,
                contracted.subtract(before.map(Project.Month::contracted).orElse(BigDecimal.ZERO)),
                inPlace.subtract(before.map(Project.Month::inPlace).orElse(BigDecimal.ZERO)));
    }

    List<Project.Month> months(long id) {
        return jdbc.sql("SELECT month_start, contracted, in_place FROM investment_month WHERE project_id = ? "
                        + "ORDER BY month_start")
                .param(id).query(ProjectStore::month).list();
    }

    /** Each project's (of one unit, or all) latest evidence and the sums of its months, for the ledger. */
    java.util.Map<Long, LedgerWorkbook.Extra> extras(Long unitId) {
        java.util.Map<Long, LedgerWorkbook.Extra> extras = new java.util.HashMap<>();
        jdbc.sql("SELECT p.id, (SELECT c.evidence FROM investment_stage_change c WHERE c.project_id = p.id "
                        + "ORDER BY c.changed_on DESC, c.id DESC FETCH FIRST 1 ROWS ONLY), "
                        + "(SELECT COALESCE(SUM(m.contracted), 0) FROM investment_month m WHERE m.project_id = p.id), "
                        + "(SELECT COALESCE(SUM(m.in_place), 0) FROM investment_month m WHERE m.project_id = p.id) "
                        + "FROM investment_project p WHERE p.unit_id = ? OR ?")
                .params(unitId == null ? -1L : unitId, unitId == null)
                .query((rs, n) -> Map.entry(rs.getLong(1), new LedgerWorkbook.Extra(rs.getString(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4))))
                .list().forEach(e -> extras.put(e.getKey(), e.getValue()));
        return extras;
    }

    private static Project.Month month(ResultSet rs, int n) throws SQLException {
        return new Project.Month(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2), rs.getBigDecimal(3));
    }

    private Project row(ResultSet rs, int n) throws SQLException {
        return new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Source.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getLong(7), rs.getString(8),
                Stage.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class));
    }
}
