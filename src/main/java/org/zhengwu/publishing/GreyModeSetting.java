package org.zhengwu.publishing;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The group's grey mode (一键置灰).
 *
 * @param startsAt for {@link Mode#SCHEDULED}, the first moment in grey
 * @param endsAt for {@link Mode#SCHEDULED}, the moment it ends (exclusive)
 */
public record GreyModeSetting(Mode mode, OffsetDateTime startsAt, OffsetDateTime endsAt, String changedBy,
                              OffsetDateTime changedAt) {

    public enum Mode { OFF, ON, SCHEDULED }

    /** Whether pages show in grey at this moment. */
    public boolean activeAt(Instant now) {
        return switch (mode) {
            case OFF -> false;
            case ON -> true;
            case SCHEDULED -> startsAt != null && endsAt != null
                    && !now.isBefore(startsAt.toInstant()) && now.isBefore(endsAt.toInstant());
        };
    }
}
