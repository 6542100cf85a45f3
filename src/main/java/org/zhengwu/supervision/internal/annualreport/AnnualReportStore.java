package org.zhengwu.supervision.internal.annualreport;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table annual_report: what staff entered per site and year, and the report as published. */
@Repository
class AnnualReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    /** A row: the entered values, and the published values and time (null while unpublished). */
    record Row(long siteId, int year, Map<ReportField, String> entered, Map<ReportField, String> published,
               OffsetDateTime publishedAt) {
    }

    private final JdbcClient jdbc;

    AnnualReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(long siteId, int year) {
        return jdbc.sql("SELECT entered, published, published_at FROM annual_report WHERE site_id = ? AND report_year = ?")
                .params(siteId, year)
                .query((rs, i) -> new Row(siteId, year, read(rs.getString(1)), read(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** Every published report, newest year first. */
    List<Row> published() {
        return jdbc.sql("SELECT site_id, report_year, published, published_at FROM annual_report "
                        + "WHERE published_at IS NOT NULL ORDER BY report_year DESC, site_id")
                .query((rs, i) -> new Row(rs.getLong(1), rs.getInt(2), Map.of(), read(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    void saveEntered(long siteId, int year, Map<ReportField, String> entered, String by, OffsetDateTime at) {
        String json = write(entered);
        int n = jdbc.sql("UPDATE annual_report SET entered = ?, updated_by = ?, updated_at = ? "
                        + "WHERE site_id = ? AND report_year = ?")
                .params(json, by, at, siteId, year).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO annual_report (site_id, report_year, entered, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(siteId, year, json, by, at).update();
        }
    }

    void publish(long siteId, int year, Map<ReportField, String> values, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE annual_report SET published = ?, published_at = ?, updated_by = ?, updated_at = ? "
                        + "WHERE site_id = ? AND report_year = ?")
                .params(write(values), at, by, at, siteId, year).update();
    }

    private static String write(Map<ReportField, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((f, v) -> out.put(f.name(), v));
        return JSON.writeValueAsString(out);
    }

    private static Map<ReportField, String> read(String json) {
        Map<ReportField, String> out = new EnumMap<>(ReportField.class);
        if (json == null || json.isBlank()) {
            return out;
        }
        JSON.readValue(json, MAP).forEach((k, v) -> {
            try {
                out.put(ReportField.valueOf(k), v);
            } catch (IllegalArgumentException e) {
                // a field of an older template: not shown
            }
        });
        return out;
    }
}
