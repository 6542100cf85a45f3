package org.zhengwu.cases.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.cases.CalendarDay;
import org.zhengwu.cases.DayKind;

/** The table calendar_day. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> all() {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day ORDER BY calendar_date")
                .query((rs, n) -> day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
    }

    List<CalendarDay> ofYear(int year) {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day WHERE calendar_date BETWEEN ? AND ? ORDER BY calendar_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).list();
    }

    Optional<CalendarDay> on(LocalDate date) {
        return jdbc.sql("SELECT calendar_date, kind, name FROM calendar_day WHERE calendar_date = ?").param(date)
                .query((rs, n) -> day(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3))).optional();
    }

    void insert(CalendarDay day, String createdBy, OffsetDateTime at) {
        jdbc.sql("INSERT INTO calendar_day (calendar_date, kind, name, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(day.date(), day.kind().name(), day.name(), createdBy, at).update();
    }

    void insertAll(Collection<CalendarDay> days, String createdBy, OffsetDateTime at) {
        days.forEach(d -> insert(d, createdBy, at));
    }

    int delete(LocalDate date) {
        return jdbc.sql("DELETE FROM calendar_day WHERE calendar_date = ?").param(date).update();
    }

    int deleteYear(int year) {
        return jdbc.sql("DELETE FROM calendar_day WHERE calendar_date BETWEEN ? AND ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
    }

    private static CalendarDay day(LocalDate date, String kind, String name) {
        return new CalendarDay(date, DayKind.valueOf(kind), name);
    }
}
