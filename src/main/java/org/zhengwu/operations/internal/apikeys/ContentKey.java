package org.zhengwu.operations.internal.apikeys;

import java.time.OffsetDateTime;

/**
 * A content API key as the console lists it: never the key itself (only its first characters, {@code prefix}).
 *
 * @param unitId    the unit whose site the key writes to, as that unit's editor
 * @param name      the system it was issued to (新媒体中心, OA)
 * @param revokedAt null while the key is valid
 */
public record ContentKey(long id, long unitId, String name, String prefix, String createdBy, OffsetDateTime createdAt,
                         OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
