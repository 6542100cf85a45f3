package org.zhengwu.interaction.internal.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.interaction.SurveyFigures;

/** {@link SurveyFigures} from the survey tables. */
@Repository
class SurveyFigureStore implements SurveyFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyFigureStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Figures of(LocalDate from, LocalDate to) {
        OffsetDateTime start = from.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return new Figures(count("SELECT COUNT(*) FROM survey WHERE opened_at >= ? AND opened_at < ?", start, end),
                count("SELECT COUNT(*) FROM survey_response WHERE submitted_at >= ? AND submitted_at < ?", start, end),
                count("SELECT COUNT(*) FROM survey WHERE results_at >= ? AND results_at < ?", start, end));
    }

    private long count(String sql, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql(sql).params(start, end).query(Long.class).single();
    }
}
