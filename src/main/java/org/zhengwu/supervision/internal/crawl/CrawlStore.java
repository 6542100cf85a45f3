package org.zhengwu.supervision.internal.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crawl's tables (V36): crawls, each site's figures and findings from its latest crawl, and the cache of
 * external answers. Findings are written in batches at the end of a crawl, never a round trip per page.
 */
@Repository
class CrawlStore {

    private static final int BATCH = 1000;
    private static final RowMapper<Findings.Crawl> CRAWL = (rs, n) -> new Findings.Crawl(rs.getLong("id"),
            rs.getString("scope"), rs.getString("state"), rs.getObject("started_at", OffsetDateTime.class),
            rs.getObject("finished_at", OffsetDateTime.class), rs.getInt("pages"), rs.getLong("links"),
            rs.getInt("broken"), rs.getInt("typos"), rs.getString("error"));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CrawlStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long begin(String scope, String startedBy, OffsetDateTime at) {
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO link_crawl (scope, state, started_at, started_by) VALUES (?, 'RUNNING', ?, ?)")
                .params(scope, at, startedBy).update(key, "id");
        return key.getKey().longValue();
    }

    void fail(long crawlId, String error, OffsetDateTime at) {
        jdbc.sql("UPDATE link_crawl SET state = 'FAILED', finished_at = ?, error = ? WHERE id = ?")
                .params(at, error.length() > 1000 ? error.substring(0, 1000) : error, crawlId).update();
    }

    /**
     * Stores a finished crawl's findings and marks it done, in one transaction; each site keeps only its latest
     * crawl's rows.
     */
    @Transactional
    void finish(long crawlId, Collection<Findings.Site> sites, List<Findings.Page> pages, long links, OffsetDateTime at) {
        List<String> codes = sites.stream().map(Findings.Site::siteCode).toList();
        for (String table : List.of("link_crawl_site", "link_crawl_page", "link_crawl_broken", "link_crawl_typo")) {
            template.batchUpdate("DELETE FROM " + table + " WHERE site_code = ? AND crawl_id < ?", codes, BATCH,
                    (ps, code) -> {
                        ps.setString(1, code);
                        ps.setLong(2, crawlId);
                    });
        }
        template.batchUpdate("INSERT INTO link_crawl_site (crawl_id, site_code, pages, internal_links, external_links, "
                + "broken, typos, checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sites, BATCH, (ps, s) -> {
                    ps.setLong(1, crawlId);
                    ps.setString(2, s.siteCode());
                    ps.setInt(3, s.pages());
                    ps.setLong(4, s.internalLinks());
                    ps.setLong(5, s.externalLinks());
                    ps.setInt(6, s.broken());
                    ps.setInt(7, s.typos());
                    ps.setObject(8, s.checkedAt());
                });
        template.batchUpdate("INSERT INTO link_crawl_page (crawl_id, site_code, page_path, links, broken, typos) "
                + "VALUES (?, ?, ?, ?, ?, ?)", pages, BATCH, (ps, p) -> {
                    ps.setLong(1, crawlId);
                    ps.setString(2, p.siteCode());
                    ps.setString(3, clip(p.path(), 500));
                    ps.setInt(4, p.links());
                    ps.setInt(5, p.broken().size());
                    ps.setInt(6, p.typos().size());
                });
        List<Map.Entry<Findings.Page, Findings.Broken>> broken = new ArrayList<>();
        List<Map.Entry<Findings.Page, Findings.Typo>> typos = new ArrayList<>();
        for (Findings.Page p : pages) {
            p.broken().forEach(b -> broken.add(Map.entry(p, b)));
            p.typos().forEach(t -> typos.add(Map.entry(p, t)));
        }
        template.batchUpdate("INSERT INTO link_crawl_broken (crawl_id, site_code, page_path, url, image, external, reason, "
                + "status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", broken, BATCH, (ps, e) -> {
                    Findings.Broken b = e.getValue();
                    ps.setLong(1, crawlId);
                    ps.setString(2, e.getKey().siteCode());
                    ps.setString(3, clip(e.getKey().path(), 500));
                    ps.setString(4, clip(b.url(), 2000));
                    ps.setBoolean(5, b.image());
                    ps.setBoolean(6, b.external());
                    ps.setString(7, b.reason().name());
                    setStatus(ps, 8, b.status());
                    ps.setString(9, clip(b.detail(), 300));
                });
        template.batchUpdate("INSERT INTO link_crawl_typo (crawl_id, site_code, page_path, written, replacement) "
                + "VALUES (?, ?, ?, ?, ?)", typos, BATCH, (ps, e) -> {
                    ps.setLong(1, crawlId);
                    ps.setString(2, e.getKey().siteCode());
                    ps.setString(3, clip(e.getKey().path(), 500));
                    ps.setString(4, clip(e.getValue().written(), 200));
                    ps.setString(5, clip(e.getValue().replacement(), 200));
                });
        int brokenTotal = sites.stream().mapToInt(Findings.Site::broken).sum();
        int typoTotal = sites.stream().mapToInt(Findings.Site::typos).sum();
        int pageTotal = sites.stream().mapToInt(Findings.Site::pages).sum();
        jdbc.sql("UPDATE link_crawl SET state = 'DONE', finished_at = ?, pages = ?, links = ?, broken = ?, typos = ? "
                + "WHERE id = ?").params(at, pageTotal, links, brokenTotal, typoTotal, crawlId).update();
    }

    /** The site's figures from its latest finished crawl. */
    Optional<Findings.Site> latest(String siteCode) {
        // list(), not stream(): a stream left open would hold its connection
        return jdbc.sql("SELECT s.* FROM link_crawl_site s WHERE s.site_code = ? ORDER BY s.crawl_id DESC")
                .param(siteCode).query((rs, n) -> new Findings.Site(rs.getString("site_code"), rs.getInt("pages"),
                        rs.getLong("internal_links"), rs.getLong("external_links"), rs.getInt("broken"),
                        rs.getInt("typos"), rs.getObject("checked_at", OffsetDateTime.class))).list().stream().findFirst();
    }

    List<Findings.BrokenRow> broken(String siteCode) {
        return jdbc.sql("SELECT page_path, url, image, external, reason, status, detail FROM link_crawl_broken "
                        + "WHERE site_code = ? ORDER BY page_path, id").param(siteCode)
                .query((rs, n) -> new Findings.BrokenRow(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4), BrokenReason.valueOf(rs.getString(5)), (Integer) rs.getObject(6, Integer.class),
                        rs.getString(7))).list();
    }

    List<Findings.TypoRow> typos(String siteCode) {
        return jdbc.sql("SELECT page_path, written, replacement FROM link_crawl_typo WHERE site_code = ? "
                        + "ORDER BY page_path, id").param(siteCode)
                .query((rs, n) -> new Findings.TypoRow(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** The latest crawls, newest first. */
    List<Findings.Crawl> recent(int limit) {
        return jdbc.sql("SELECT * FROM link_crawl WHERE id > (SELECT COALESCE(MAX(id), 0) FROM link_crawl) - ? ORDER BY id DESC")
                .param(limit).query(CRAWL).list();
    }

    Optional<Findings.Crawl> crawl(long id) {
        return jdbc.sql("SELECT * FROM link_crawl WHERE id = ?").param(id).query(CRAWL).optional();
    }

    /** Fresh cached answers for these addresses. */
    Map<String, ProbeAnswer> cachedAnswers(Collection<String> urls, Instant now) {
        Map<String, ProbeAnswer> found = new HashMap<>();
        List<String> all = List.copyOf(urls);
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.sql("SELECT url, ok, reason, status, detail FROM link_probe_cache WHERE expires_at > :now AND url IN (:urls)")
                    .param("now", at).param("urls", chunk)
                    .query((rs, n) -> found.put(rs.getString(1), new ProbeAnswer(rs.getBoolean(2),
                            rs.getString(3) == null ? null : BrokenReason.valueOf(rs.getString(3)),
                            rs.getObject(4, Integer.class), rs.getString(5)))).list();
        }
        return found;
    }

    @Transactional
    void cacheAnswers(Map<String, ProbeAnswer> answers, Instant now, Duration working, Duration failed) {
        List<Map.Entry<String, ProbeAnswer>> rows = answers.entrySet().stream()
                .filter(e -> e.getKey().length() <= 2000).toList();
        template.batchUpdate("DELETE FROM link_probe_cache WHERE url = ?", rows, BATCH,
                (ps, e) -> ps.setString(1, e.getKey()));
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        template.batchUpdate("INSERT INTO link_probe_cache (url, ok, reason, status, detail, checked_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows, BATCH, (ps, e) -> {
                    ProbeAnswer a = e.getValue();
                    ps.setString(1, e.getKey());
                    ps.setBoolean(2, a.ok());
                    ps.setString(3, a.reason() == null ? null : a.reason().name());
                    setStatus(ps, 4, a.status());
                    ps.setString(5, clip(a.detail(), 300));
                    ps.setObject(6, at);
                    ps.setObject(7, at.plus(a.ok() ? working : failed));
                });
    }

    private static void setStatus(java.sql.PreparedStatement ps, int index, Integer status) throws java.sql.SQLException {
        if (status == null) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, status);
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
