package org.zhengwu.interaction.internal.open311;

import java.time.OffsetDateTime;

/**
 * An Open311 API key as the console lists it: never the key itself (only its first characters, {@code prefix}).
 *
 * @param name      the app or organisation it was issued to
 * @param revokedAt null while the key is valid
 */
public record ApiKey(long id, String name, String prefix, String createdBy, OffsetDateTime createdAt,
                     OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, String revokedBy) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
