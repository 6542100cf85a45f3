package org.zhengwu.interaction.internal.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.Cases;

/** What the statistics need from the letters' own tables: refusals and ratings in a period. */
@Repository
class StatisticsStore {

    /** Ratings counted per mailbox id and per answering unit id: satisfied, basically satisfied, dissatisfied. */
    record Ratings(Map<Long, long[]> perMailbox, Map<Long, long[]> perUnit) {
    }

    private final JdbcClient jdbc;
    private final Cases cases;

    StatisticsStore(JdbcClient jdbc, Cases cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /**
     * Letters refused (不予受理) whose case closed in the period, per mailbox code. A refused letter changes no more
     * after its refusal, so its row's last change bounds the candidates; the case says when it closed.
     */
    Map<String, Long> refusedPerMailbox(LocalDate from, LocalDate to) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT l.case_id, m.code FROM letter l JOIN mailbox m ON m.id = l.mailbox_id "
                        + "WHERE l.state = 'REFUSED' AND l.updated_at >= ?")
                .param(start(from))
                .query(rs -> {
                    LocalDate closed = cases.find(rs.getLong(1)).map(CaseView::closedAt)
                            .map(at -> at.atZoneSameInstant(PublicationStore.CHINA).toLocalDate()).orElse(null);
                    if (closed != null && !closed.isBefore(from) && !closed.isAfter(to)) {
                        counts.merge(rs.getString(2), 1L, Long::sum);
                    }
                });
        return counts;
    }

    /** Every rating given in the period, by the letter's mailbox and by the unit whose answer was rated. */
    Ratings ratings(LocalDate from, LocalDate to) {
        Map<Long, long[]> perMailbox = new HashMap<>();
        Map<Long, long[]> perUnit = new HashMap<>();
        jdbc.sql("SELECT l.mailbox_id, a.unit_id, r.rating, COUNT(*) FROM letter_rating r "
                        + "JOIN letter l ON l.id = r.letter_id "
                        + "JOIN letter_answer a ON a.letter_id = r.letter_id AND a.answer_round = r.answer_round "
                        + "WHERE r.rated_at >= ? AND r.rated_at < ? GROUP BY l.mailbox_id, a.unit_id, r.rating")
                .params(start(from), start(to.plusDays(1)))
                .query(rs -> {
                    int k = switch (rs.getString(3)) {
                        case "SATISFIED" -> 0;
                        case "BASICALLY_SATISFIED" -> 1;
                        default -> 2;
                    };
                    long n = rs.getLong(4);
                    perMailbox.computeIfAbsent(rs.getLong(1), x -> new long[3])[k] += n;
                    perUnit.computeIfAbsent(rs.getLong(2), x -> new long[3])[k] += n;
                });
        return new Ratings(perMailbox, perUnit);
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(PublicationStore.CHINA).toOffsetDateTime();
    }
}
