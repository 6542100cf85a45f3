package org.zhengwu.operations.internal.apikeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.zhengwu.platform.storage.ApiKeyRows;

/** The table content_api_key. */
@Repository
class ContentKeyStore {

    private static final String SELECT = "SELECT id, unit_id, name, key_prefix, created_by, created_at, last_used_at, "
            + "revoked_at, revoked_by FROM content_api_key ";

    private final JdbcClient jdbc;
    private final ApiKeyRows rows;

    ContentKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new ApiKeyRows(jdbc, "content_api_key");
    }

    List<ContentKey> all() {
        return jdbc.sql(SELECT + "ORDER BY id DESC").query(ContentKeyStore::row).list();
    }

    Optional<ContentKey> byId(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(ContentKeyStore::row).optional();
    }

    Optional<ContentKey> byHash(String hash) {
        return jdbc.sql(SELECT + "WHERE key_hash = ?").param(hash).query(ContentKeyStore::row).optional();
    }

    long insert(long unitId, String name, String prefix, String hash, String createdBy, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO content_api_key (unit_id, name, key_prefix, key_hash, created_by, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(unitId, name, prefix, hash, createdBy, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Revokes a valid key; false when it was revoked already (the first revocation stays on record). */
    boolean revoke(long id, String by, OffsetDateTime at) {
        return rows.revoke(id, by, at);
    }

    void used(long id, OffsetDateTime at) {
        rows.used(id, at);
    }

    private static ContentKey row(ResultSet rs, int n) throws SQLException {
        return new ContentKey(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"), rs.getString("key_prefix"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_by"));
    }
}
