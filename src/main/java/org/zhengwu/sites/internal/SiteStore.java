package org.zhengwu.sites.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.sites.Column;
import org.zhengwu.sites.ColumnDetails;
import org.zhengwu.sites.ColumnKind;
import org.zhengwu.sites.NewSite;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteDetails;
import org.zhengwu.sites.Unit;
import org.zhengwu.sites.UnitKind;

/** The sites module's tables: unit, site, site_column. */
@Repository
public class SiteStore {

    private static final String SITE_COLUMNS = "id, unit_id, code, name, host, portal, logo_path, primary_color, sponsor, "
            + "organizer, contact, site_identifier, icp_record, police_record, sort_order";
    private static final String COLUMN_COLUMNS = "id, site_id, parent_id, code, name, kind, sort_order, responsible_person, "
            + "update_interval_days, external_url";

    private final JdbcClient jdbc;

    public SiteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Unit> units() {
        return jdbc.sql("SELECT id, code, name, kind FROM unit ORDER BY id")
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4))))
                .list();
    }

    public List<Site> sites() {
        return jdbc.sql("SELECT " + SITE_COLUMNS + " FROM site ORDER BY sort_order, id").query(SiteStore::site).list();
    }

    public List<Column> columns() {
        return jdbc.sql("SELECT " + COLUMN_COLUMNS + " FROM site_column ORDER BY site_id, sort_order, id")
                .query(SiteStore::column).list();
    }

    public boolean unitCodeTaken(String code) {
        return count("SELECT COUNT(*) FROM unit WHERE code = ?", code) > 0;
    }

    public boolean siteCodeTaken(String code) {
        return count("SELECT COUNT(*) FROM site WHERE code = ?", code) > 0;
    }

    public boolean hostTaken(String host, long exceptSiteId) {
        return count("SELECT COUNT(*) FROM site WHERE host = ? AND id <> ?", host, exceptSiteId) > 0;
    }

    public boolean columnCodeTaken(long siteId, String code, long exceptColumnId) {
        return count("SELECT COUNT(*) FROM site_column WHERE site_id = ? AND code = ? AND id <> ?", siteId, code, exceptColumnId) > 0;
    }

    public Optional<Long> parentOf(long columnId) {
        return jdbc.sql("SELECT parent_id FROM site_column WHERE id = ?").param(columnId)
                .query((rs, i) -> (Long) rs.getObject(1, Long.class)).optional();
    }

    public Optional<Column> column(long id) {
        return jdbc.sql("SELECT " + COLUMN_COLUMNS + " FROM site_column WHERE id = ?").param(id).query(SiteStore::column).optional();
    }

    public long insertUnit(String code, String name, UnitKind kind) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO unit (code, name, kind) VALUES (?, ?, ?)").params(code, name, kind.name()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertSite(long unitId, NewSite s) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO site (unit_id, code, name, host, portal, logo_path, primary_color, sponsor, organizer, contact, "
                        + "site_identifier, icp_record, police_record, sort_order) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(unitId, s.siteCode(), s.siteName(), blankToNull(s.host()), s.portal(), s.theme().logoPath(),
                        s.theme().primaryColor(), s.footer().sponsor(), s.footer().organizer(), s.footer().contact(),
                        s.footer().siteIdentifier(), s.footer().icpRecord(), s.footer().policeRecord(), s.sortOrder())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateSite(long id, SiteDetails d) {
        jdbc.sql("UPDATE site SET name = ?, host = ?, logo_path = ?, primary_color = ?, sponsor = ?, organizer = ?, contact = ?, "
                        + "site_identifier = ?, icp_record = ?, police_record = ?, sort_order = ? WHERE id = ?")
                .params(d.name(), blankToNull(d.host()), d.theme().logoPath(), d.theme().primaryColor(), d.footer().sponsor(),
                        d.footer().organizer(), d.footer().contact(), d.footer().siteIdentifier(), d.footer().icpRecord(),
                        d.footer().policeRecord(), d.sortOrder(), id)
                .update();
    }

    public long insertColumn(long siteId, ColumnDetails d) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO site_column (site_id, parent_id, code, name, kind, sort_order, responsible_person, "
                        + "update_interval_days, external_url) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(siteId, d.parentId(), d.code(), d.name(), d.kind().name(), d.sortOrder(), d.responsiblePerson(),
                        d.updateIntervalDays(), d.externalUrl())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateColumn(long id, ColumnDetails d) {
        jdbc.sql("UPDATE site_column SET parent_id = ?, code = ?, name = ?, kind = ?, sort_order = ?, responsible_person = ?, "
                        + "update_interval_days = ?, external_url = ? WHERE id = ?")
                .params(d.parentId(), d.code(), d.name(), d.kind().name(), d.sortOrder(), d.responsiblePerson(),
                        d.updateIntervalDays(), d.externalUrl(), id)
                .update();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        return new Site(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("host"), rs.getBoolean("portal"),
                new Site.Theme(rs.getString("logo_path"), rs.getString("primary_color")),
                new Site.FooterIdentity(rs.getString("sponsor"), rs.getString("organizer"), rs.getString("contact"),
                        rs.getString("site_identifier"), rs.getString("icp_record"), rs.getString("police_record")),
                rs.getInt("sort_order"));
    }

    private static Column column(ResultSet rs, int row) throws SQLException {
        return new Column(rs.getLong("id"), rs.getLong("site_id"), (Long) rs.getObject("parent_id", Long.class),
                rs.getString("code"), rs.getString("name"), ColumnKind.valueOf(rs.getString("kind")),
                rs.getInt("sort_order"), rs.getString("responsible_person"),
                (Integer) rs.getObject("update_interval_days", Integer.class), rs.getString("external_url"));
    }
}
