package org.zhengwu.supervision.internal.visits;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The table {@code site_visits}: counts per site and day, nothing else. */
@Repository
class VisitStore {

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a batch of counts to their site's day, in one transaction. */
    @Transactional
    void add(List<VisitTally.Count> counts) {
        for (VisitTally.Count c : counts) {
            int updated = jdbc.sql("UPDATE site_visits SET page_views = page_views + ?, unique_visitors = unique_visitors + ? "
                            + "WHERE site_code = ? AND visit_day = ?")
                    .params(c.views(), c.visitors(), c.site(), c.day()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO site_visits (site_code, visit_day, page_views, unique_visitors) VALUES (?, ?, ?, ?)")
                        .params(c.site(), c.day(), c.views(), c.visitors()).update();
            }
        }
    }

    /** The site's counts over the days, both inclusive. */
    VisitTotals totals(String site, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT COALESCE(SUM(page_views), 0) AS v, COALESCE(SUM(unique_visitors), 0) AS u "
                        + "FROM site_visits WHERE site_code = ? AND visit_day BETWEEN ? AND ?")
                .params(site, from, to)
                .query((rs, i) -> new VisitTotals(rs.getLong("v"), rs.getLong("u"))).single();
    }

    /** One line per day with visits, oldest first. */
    List<VisitTotals.Day> days(String site, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT visit_day, page_views, unique_visitors FROM site_visits "
                        + "WHERE site_code = ? AND visit_day BETWEEN ? AND ? ORDER BY visit_day")
                .params(site, from, to)
                .query((rs, i) -> new VisitTotals.Day(rs.getObject("visit_day", LocalDate.class),
                        rs.getLong("page_views"), rs.getLong("unique_visitors"))).list();
    }
}
