package org.zhengwu.interaction.internal.open311;

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

/** The table open311_api_key. */
@Repository
class ApiKeyStore {

    private static final String COLUMNS = "id, name, key_prefix, created_by, created_at, last_used_at, revoked_at, "
            + "revoked_by";

    private final JdbcClient jdbc;
    private final ApiKeyRows rows;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.rows = new ApiKeyRows(jdbc, "open311_api_key");
    }

    List<ApiKey> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM open311_api_key ORDER BY id DESC").query(ApiKeyStore::row).list();
    }

    Optional<ApiKey> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM open311_api_key WHERE id = ?").param(id).query(ApiKeyStore::row)
                .optional();
    }

    Optional<ApiKey> byHash(String hash) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM open311_api_key WHERE key_hash = ?").param(hash)
                .query(ApiKeyStore::row).optional();
    }

    long insert(String name, String prefix, String hash, String createdBy, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO open311_api_key (name, key_prefix, key_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(name, prefix, hash, createdBy, at)
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

    private static ApiKey row(ResultSet rs, int n) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class),
                rs.getString("revoked_by"));
    }
}
