package org.zhengwu.services.internal.rating;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.services.internal.application.ApplicationState;

/** The tables application_rating and rectification, and what they read of application (same module). */
@Repository
class RatingStore {

    /** The application a rating or a rectification belongs to. */
    record Rated(long id, String number, long itemId, long unitId, ApplicationState state) {
    }

    record Rating(RatingLevel level, String reason, OffsetDateTime at) {
    }

    /** Per unit: ratings, good ones (非常满意, 满意, 基本满意), bad ones, bad ones rectified. */
    record Counts(long unitId, long rated, long good, long bad, long rectified) {
    }

    /** A finished application for 办件公示; answers still encrypted. */
    record Handled(String number, long itemId, long unitId, String decision, OffsetDateTime finishedAt,
                   String answers) {
    }

    private static final String ROW = "SELECT a.number, a.item_id, r.unit_id, r.case_id, g.level, g.reason, "
            + "g.rated_at, r.measures, r.visit_on, r.visit_way, r.visit_view, r.closed_at FROM rectification r "
            + "JOIN application a ON a.id = r.application_id JOIN application_rating g ON g.application_id = a.id";
    private static final String GOOD = "('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')";

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rated> application(String number) {
        return jdbc.sql("SELECT id, number, item_id, unit_id, state FROM application WHERE number = ?").param(number)
                .query((rs, n) -> new Rated(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        ApplicationState.valueOf(rs.getString(5))))
                .optional();
    }

    Optional<Rating> rating(long applicationId) {
        return jdbc.sql("SELECT level, reason, rated_at FROM application_rating WHERE application_id = ?")
                .param(applicationId)
                .query((rs, n) -> new Rating(RatingLevel.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** Fails with a duplicate key when the application has been rated already (a race lost). */
    void insertRating(Rated a, RatingLevel level, String reason, OffsetDateTime at) {
        jdbc.sql("INSERT INTO application_rating (application_id, unit_id, level, reason, rated_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(a.id(), a.unitId(), level.name(), reason, at).update();
    }

    void insertRectification(Rated a, long caseId) {
        jdbc.sql("INSERT INTO rectification (application_id, case_id, unit_id) VALUES (?, ?, ?)")
                .params(a.id(), caseId, a.unitId()).update();
    }

    Optional<RectificationRow> rectification(String number) {
        return jdbc.sql(ROW + " WHERE a.number = ?").param(number).query(RatingStore::row).optional();
    }

    /** Open ones first, then the newest; {@code units} null for every unit. */
    List<RectificationRow> rectifications(Set<Long> units, int limit) {
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        JdbcClient.StatementSpec q = jdbc.sql(ROW + (units == null ? "" : " WHERE r.unit_id IN (:units)")
                + " ORDER BY CASE WHEN r.closed_at IS NULL THEN 0 ELSE 1 END, g.rated_at DESC LIMIT :limit")
                .param("limit", limit);
        return (units == null ? q : q.param("units", units)).query(RatingStore::row).list();
    }

    void close(String number, String measures, LocalDate visitOn, String visitWay, String visitView,
               OffsetDateTime at) {
        jdbc.sql("UPDATE rectification SET measures = ?, visit_on = ?, visit_way = ?, visit_view = ?, closed_at = ? "
                        + "WHERE application_id = (SELECT id FROM application WHERE number = ?)")
                .params(measures, visitOn, visitWay, visitView, at, number).update();
    }

    /** Ratings given in the period (both days inclusive, as instants from..until). */
    List<Counts> counts(OffsetDateTime from, OffsetDateTime until) {
        return jdbc.sql("SELECT g.unit_id, COUNT(*), SUM(CASE WHEN g.level IN " + GOOD + " THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN g.level IN " + GOOD + " THEN 0 ELSE 1 END), "
                        + "SUM(CASE WHEN r.closed_at IS NOT NULL THEN 1 ELSE 0 END) FROM application_rating g "
                        + "LEFT JOIN rectification r ON r.application_id = g.application_id "
                        + "WHERE g.rated_at >= ? AND g.rated_at < ? GROUP BY g.unit_id ORDER BY g.unit_id")
                .params(from, until)
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    long handledCount() {
        return jdbc.sql("SELECT COUNT(*) FROM application WHERE state = 'DONE'").query(Long.class).single();
    }

    /** 办件公示: finished applications, the latest first. */
    List<Handled> handled(int offset, int limit) {
        return jdbc.sql("SELECT number, item_id, unit_id, decision, finished_at, answers FROM application "
                        + "WHERE state = 'DONE' ORDER BY finished_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, n) -> new Handled(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .list();
    }

    private static RectificationRow row(ResultSet rs, int n) throws SQLException {
        return new RectificationRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                RatingLevel.valueOf(rs.getString(5)),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class));
    }
}
