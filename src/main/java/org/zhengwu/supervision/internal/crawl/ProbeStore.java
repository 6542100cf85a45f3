package org.zhengwu.supervision.internal.crawl;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table site_probe: every probe of a site's home, its outcome and response time. */
@Repository
class ProbeStore {

    /** One probe. {@code status} is null when there was no answer. */
    record Probe(String siteCode, OffsetDateTime probedAt, Outcome outcome, Integer status, int millis, String url) {

        boolean answered() {
            return outcome == Outcome.ANSWERED;
        }
    }

    enum Outcome {
        /** A 2xx or 3xx within the timeout. */
        ANSWERED,
        /** An answer with an error status: the home does not work either. */
        HTTP_ERROR,
        TIMEOUT,
        /** Refused, unknown host, broken connection. */
        FAILED
    }

    private static final RowMapper<Probe> ROW = (rs, n) -> new Probe(rs.getString("site_code"),
            rs.getObject("probed_at", OffsetDateTime.class), Outcome.valueOf(rs.getString("outcome")),
            rs.getObject("status", Integer.class), rs.getInt("millis"), rs.getString("url"));

    private final JdbcClient jdbc;

    ProbeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Probe p) {
        jdbc.sql("INSERT INTO site_probe (site_code, probed_at, outcome, status, millis, url) VALUES (?, ?, ?, ?, ?, ?)")
                .params(p.siteCode(), p.probedAt(), p.outcome().name(), p.status(), p.millis(), p.url()).update();
    }

    /** The site's probes from {@code since} up to {@code until}, oldest first. */
    List<Probe> between(String siteCode, Instant since, Instant until) {
        return jdbc.sql("SELECT * FROM site_probe WHERE site_code = ? AND probed_at >= ? AND probed_at <= ? ORDER BY probed_at, id")
                .params(siteCode, since.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC)).query(ROW).list();
    }

    Optional<OffsetDateTime> lastProbe(String siteCode) {
        return jdbc.sql("SELECT MAX(probed_at) FROM site_probe WHERE site_code = ?").param(siteCode)
                .query(OffsetDateTime.class).optional();
    }

    /** Probes older than this are of no use to any indicator. */
    int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM site_probe WHERE probed_at < ?").param(before.atOffset(ZoneOffset.UTC)).update();
    }
}
