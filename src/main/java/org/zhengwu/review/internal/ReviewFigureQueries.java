package org.zhengwu.review.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengwu.review.ReviewFigures;

/** {@link ReviewFigures} from review_decision, each decision counted for the unit its item's workflow belongs to. */
@Repository
class ReviewFigureQueries implements ReviewFigures {

    private final JdbcClient jdbc;

    ReviewFigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Counts> perUnit(OffsetDateTime from, OffsetDateTime until) {
        Map<Long, long[]> counts = new HashMap<>();
        jdbc.sql("SELECT w.unit_id, d.decision, COUNT(*) FROM review_decision d "
                        + "JOIN review_workflow w ON w.item_id = d.item_id "
                        + "WHERE d.decided_at >= ? AND d.decided_at < ? "
                        + "AND d.decision IN ('SUBMITTED', 'SUBMITTED_URGENT', 'RETURNED') GROUP BY w.unit_id, d.decision")
                .params(from, until)
                .query(rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                    c["RETURNED".equals(rs.getString(2)) ? 1 : 0] += rs.getLong(3);
                });
        Map<Long, Counts> result = new HashMap<>();
        counts.forEach((unit, c) -> result.put(unit, new Counts(c[0], c[1])));
        return result;
    }
}
