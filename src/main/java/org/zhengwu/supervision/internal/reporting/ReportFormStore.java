package org.zhengwu.supervision.internal.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.supervision.ReportCycle;
import org.zhengwu.supervision.ReportField;
import org.zhengwu.supervision.ReportFieldType;
import org.zhengwu.supervision.ReportFormSpec;

/** The tables report_form, report_field and report_assignment. */
@Repository
class ReportFormStore {

    /** A unit that reports a form, from the period starting on {@code fromPeriod}. */
    record Assignment(long formId, long unitId, LocalDate fromPeriod) {
    }

    private final JdbcClient jdbc;

    ReportFormStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportForm> all() {
        List<Long> ids = jdbc.sql("SELECT id FROM report_form ORDER BY id").query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    Optional<ReportForm> find(long id) {
        return jdbc.sql("SELECT id, code, name, cycle, deadline_days, in_code FROM report_form WHERE id = ?").param(id)
                .query((rs, n) -> new ReportForm(rs.getLong("id"), new ReportFormSpec(rs.getString("code"),
                        rs.getString("name"), ReportCycle.valueOf(rs.getString("cycle")), rs.getInt("deadline_days"),
                        fields(rs.getLong("id"))), rs.getBoolean("in_code")))
                .optional();
    }

    Optional<ReportForm> findByCode(String code) {
        return jdbc.sql("SELECT id FROM report_form WHERE code = ?").param(code).query(Long.class).optional()
                .flatMap(this::find);
    }

    private List<ReportField> fields(long formId) {
        return jdbc.sql("SELECT field_key, label, field_type, required, min_value, max_value, choices FROM report_field "
                        + "WHERE form_id = ? ORDER BY position").param(formId)
                .query((rs, n) -> new ReportField(rs.getString("field_key"), rs.getString("label"),
                        ReportFieldType.valueOf(rs.getString("field_type")), rs.getBoolean("required"),
                        rs.getBigDecimal("min_value"), rs.getBigDecimal("max_value"), choices(rs.getString("choices"))))
                .list();
    }

    private static List<String> choices(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    long insert(ReportFormSpec spec, boolean inCode, OffsetDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO report_form (code, name, cycle, deadline_days, in_code, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(spec.code(), spec.name(), spec.cycle().name(), spec.deadlineDays(), inCode, now)
                .update(key, "id");
        long id = key.getKey().longValue();
        writeFields(id, spec.fields());
        return id;
    }

    /** Replaces a form's name, cycle, deadline and fields (a coded form brought up to date at start-up). */
    void update(long id, ReportFormSpec spec) {
        jdbc.sql("UPDATE report_form SET name = ?, cycle = ?, deadline_days = ? WHERE id = ?")
                .params(spec.name(), spec.cycle().name(), spec.deadlineDays(), id).update();
        jdbc.sql("DELETE FROM report_field WHERE form_id = ?").param(id).update();
        writeFields(id, spec.fields());
    }

    private void writeFields(long formId, List<ReportField> fields) {
        for (int i = 0; i < fields.size(); i++) {
            ReportField f = fields.get(i);
            jdbc.sql("INSERT INTO report_field (form_id, position, field_key, label, field_type, required, min_value, "
                            + "max_value, choices) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(formId, i + 1, f.key(), f.label(), f.type().name(), f.required(), f.min(), f.max(),
                            String.join("\n", f.choices()))
                    .update();
        }
    }

    List<Assignment> assignments() {
        return jdbc.sql("SELECT form_id, unit_id, from_period FROM report_assignment ORDER BY form_id, unit_id")
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
    }

    List<Long> unitsOf(long formId) {
        return jdbc.sql("SELECT unit_id FROM report_assignment WHERE form_id = ? ORDER BY unit_id").param(formId)
                .query(Long.class).list();
    }

    /** Assigns the form to the unit from that period on; false when it already was. */
    boolean assign(long formId, long unitId, LocalDate fromPeriod, OffsetDateTime now) {
        if (jdbc.sql("SELECT COUNT(*) FROM report_assignment WHERE form_id = ? AND unit_id = ?")
                .params(formId, unitId).query(Long.class).single() > 0) {
            return false;
        }
        jdbc.sql("INSERT INTO report_assignment (form_id, unit_id, from_period, assigned_at) VALUES (?, ?, ?, ?)")
                .params(formId, unitId, fromPeriod, now).update();
        return true;
    }

}
