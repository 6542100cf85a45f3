package org.zhengwu.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.OwnDatabase;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.demo.DemoSiteGroup;

/**
 * The connection pool retires every connection after its maximum lifetime (30 minutes by default), including the one
 * the migrations ran on. H2 2.4.240 tied each CHECK constraint to the session that created it, so from then on every
 * write into such a table failed ("Check constraint invalid") until a restart. This test does what half an hour of
 * uptime does — migrations, then every pooled connection closed — and then writes into every constrained table.
 */
@ZhengwuTest
class ReconnectedPoolTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_pool");
        registry.add("zhengwu.admin.initial-password", () -> "Pool-Test-Initial-1");
    }

    /** Table names and their rows, as Map.of would take them but without its limit of ten pairs. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> rows(Object... tablesAndRows) {
        Map<String, List<String>> rows = new java.util.LinkedHashMap<>();
        for (int i = 0; i < tablesAndRows.length; i += 2) {
            rows.put((String) tablesAndRows[i], (List<String>) tablesAndRows[i + 1]);
        }
        return Map.copyOf(rows);
    }

    /** A finished crawl of the supervision center's link check. */
    private static final String CRAWL = "INSERT INTO link_crawl (scope, state, started_at) VALUES (NULL, 'DONE', CURRENT_TIMESTAMP)";

    /** Valid rows for the constrained tables a first start leaves empty (written in the rolled-back transaction). */
    private static final Map<String, List<String>> ROWS_THE_DEMO_LEAVES_OUT = rows(
            "calendar_day", List.of("INSERT INTO calendar_day (calendar_date, kind, name, created_by, created_at) "
                    + "VALUES (DATE '2031-10-01', 'HOLIDAY', '国庆节', 'test', CURRENT_TIMESTAMP)"),
            "case_reminder", List.of("INSERT INTO case_reminder (case_id, kind, deadline, sent_at) "
                    + "SELECT MIN(id), 'OVERDUE', DATE '2031-10-08', CURRENT_TIMESTAMP FROM case_record"),
            "case_notice", List.of("INSERT INTO case_notice (case_id, kind, deadline, recipient_role, created_at) "
                    + "SELECT MIN(id), 'OVERDUE', DATE '2031-10-08', 'SUPERVISOR', CURRENT_TIMESTAMP FROM case_record"),
            "case_branch", List.of(branch(8)),
            "case_branch_reminder", List.of(branch(9),
                    "INSERT INTO case_branch_reminder (branch_id, kind, deadline, sent_at) "
                            + "SELECT MAX(id), 'OVERDUE', DATE '2031-10-08', CURRENT_TIMESTAMP FROM case_branch"),
            "review_chain_level", List.of(
                    "INSERT INTO review_chain (site_id, column_id, forbid_self_review, updated_at) "
                            + "SELECT MIN(id), 0, TRUE, CURRENT_TIMESTAMP FROM site",
                    "INSERT INTO review_chain_level (chain_id, level_no, reviewer_role, unit_rule, urgent_skip) "
                            + "SELECT MIN(id), 1, 'UNIT_REVIEWER', 'OWN_UNIT', FALSE FROM review_chain"),
            "review_workflow", List.of("INSERT INTO review_workflow (item_id, unit_id, state, updated_at) "
                    + "SELECT MIN(id), 1, 'SUBMITTED', CURRENT_TIMESTAMP FROM content_item"),
            "inspection_reading", List.of("INSERT INTO inspection_reading (site_code, indicator, state, reading_value, "
                    + "threshold, trips_on, summary, measured_at) VALUES ('www', 'BLANK_COLUMNS', 'WARNING', 0, 6, "
                    + "DATE '2031-10-08', '现有 0 个栏目', CURRENT_TIMESTAMP)"),
            "inspection_week", List.of("INSERT INTO inspection_week (site_code, indicator, week_start, state, reading_value) "
                    + "VALUES ('www', 'BLANK_COLUMNS', DATE '2031-10-06', 'TRIPPED', 6)"),
            "inspection_notice", List.of("INSERT INTO inspection_notice (site_code, indicator, unit_id, state, trips_on, "
                    + "summary, created_at) VALUES ('www', 'BLANK_COLUMNS', 1, 'WARNING', DATE '2031-10-08', '预警', "
                    + "CURRENT_TIMESTAMP)"),
            "site_visits", List.of("INSERT INTO site_visits (site_code, visit_day, page_views, unique_visitors) "
                    + "VALUES ('pool', DATE '2031-10-08', 5, 2)"),
            "manuscript_fee_line", List.of("INSERT INTO manuscript_fee_month (fee_month, approved_by, approved_at) "
                    + "VALUES ('2031-09', 'test', CURRENT_TIMESTAMP)", "INSERT INTO manuscript_fee_line (fee_month, "
                    + "item_id, title, published_at, unit_id, editor_id, editor_name, characters, base_fen, bonus_fen) "
                    + "VALUES ('2031-09', 1, 'pool', CURRENT_TIMESTAMP, 1, NULL, 'test', 250, 400, 0)"),
            "unit_duty", List.of("INSERT INTO unit_duty (unit_id, per_period, items, updated_at) "
                    + "SELECT MIN(id), 'DAY', 1, CURRENT_TIMESTAMP FROM unit"),
            "link_crawl", List.of(CRAWL),
            "link_crawl_broken", List.of(CRAWL, "INSERT INTO link_crawl_broken (crawl_id, site_code, page_path, url, image, "
                    + "external, reason) SELECT MAX(id), 'www', '/www/', '/gone.html', FALSE, FALSE, 'MISSING' FROM link_crawl"),
            "site_probe", List.of("INSERT INTO site_probe (site_code, probed_at, outcome, millis, url) "
                    + "VALUES ('www', CURRENT_TIMESTAMP, 'TIMEOUT', 15000, 'http://localhost/')"));

    /** A joint review's branch (会签) of the first case, answered, in its own review number. */
    private static String branch(int reviewNo) {
        return "INSERT INTO case_branch (case_id, review_no, unit_id, opened_at, opened_on, deadline, answered_at, agreed) "
                + "SELECT MIN(id), " + reviewNo + ", 1, CURRENT_TIMESTAMP, DATE '2031-10-08', DATE '2031-10-10', "
                + "CURRENT_TIMESTAMP, TRUE FROM case_record";
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DemoSiteGroup demo;
    @Autowired
    MockMvc mvc;

    @Test
    void afterThePoolHasReplacedEveryConnectionEveryConstrainedTableStillTakesWrites() throws Exception {
        demo.createIfEmpty();
        retireEveryPooledConnection();

        // what a user sees first: the administrator signs in (writes the login log and the account)
        mvc.perform(post("/admin/login").with(csrf()).param("username", "admin").param("password", "Pool-Test-Initial-1"))
                .andExpect(redirectedUrl("/admin"));

        Map<String, String> failures = new LinkedHashMap<>();
        List<String> empty = new ArrayList<>();
        for (String table : constrainedTables()) {
            String column = firstColumn(table);
            try {
                // rewriting a column re-evaluates every CHECK constraint of the row; rolled back to leave the demo as it was
                Integer rows = transactions.execute(status -> {
                    status.setRollbackOnly();
                    if (jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class) == 0) {
                        ROWS_THE_DEMO_LEAVES_OUT.getOrDefault(table, List.of()).forEach(jdbc::update);
                    }
                    return jdbc.update("UPDATE " + table + " SET " + column + " = " + column);
                });
                if (rows == null || rows == 0) {
                    empty.add(table);
                }
            } catch (RuntimeException e) {
                failures.put(table, e.getMessage());
            }
        }
        assertThat(failures).as("tables whose CHECK constraints fail on a new connection").isEmpty();
        // a table without rows proves nothing: the demo and the sign-in above must give each one a row
        assertThat(empty).as("constrained tables the test could not write to (no rows)").isEmpty();
    }

    /** Closes every connection the pool holds and waits until the database has seen them go. */
    private void retireEveryPooledConnection() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Set<String> before = sessions();
        pool.getHikariPoolMXBean().softEvictConnections();
        if (!isH2()) {
            return; // PostgreSQL's pg_stat_activity lists the other test contexts' sessions too; the writes still run
        }
        Set<String> remaining = new TreeSet<>(before);
        for (int i = 0; i < 600 && !remaining.isEmpty(); i++) {
            remaining.retainAll(sessions());
            if (!remaining.isEmpty()) {
                pool.getHikariPoolMXBean().softEvictConnections(); // ones that were in use are retired when returned
                Thread.sleep(50);
            }
        }
        assertThat(remaining).as("sessions of the pool that were never closed").isEmpty();
    }

    private boolean isH2() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("H2");
        }
    }

    private Set<String> sessions() throws SQLException {
        String sql = isH2() ? "SELECT SESSION_ID FROM INFORMATION_SCHEMA.SESSIONS"
                : "SELECT pid FROM pg_stat_activity WHERE datname = current_database()";
        return new TreeSet<>(jdbc.queryForList(sql, String.class));
    }

    private List<String> constrainedTables() {
        return jdbc.queryForList("""
                SELECT DISTINCT LOWER(tc.table_name) FROM information_schema.table_constraints tc
                WHERE tc.constraint_type = 'CHECK' AND LOWER(tc.table_schema) = LOWER(CURRENT_SCHEMA)
                  AND LOWER(tc.constraint_name) LIKE 'ck\\_%' ESCAPE '\\'
                ORDER BY 1""", String.class);
    }

    private String firstColumn(String table) {
        return jdbc.queryForObject("""
                SELECT LOWER(column_name) FROM information_schema.columns
                WHERE LOWER(table_name) = ? AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA) AND ordinal_position = 1""",
                String.class, table);
    }
}
