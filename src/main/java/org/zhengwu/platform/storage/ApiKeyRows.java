package org.zhengwu.platform.storage;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the tables of API keys (Open311's, the content API's) do alike: revocation, kept once (the first revocation
 * stays on record), and the time a key was last used. The table name comes from the calling store, never from input.
 */
public final class ApiKeyRows {

    private final JdbcClient jdbc;
    private final String table;

    public ApiKeyRows(JdbcClient jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Revokes a valid key; false when it was revoked already. */
    public boolean revoke(long id, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE " + table + " SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
                .params(at, by, id).update() == 1;
    }

    public void used(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE " + table + " SET last_used_at = ? WHERE id = ?").params(at, id).update();
    }
}
