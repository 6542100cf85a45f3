package org.zhengwu.accounts;

import java.time.OffsetDateTime;

/**
 * One sign-in attempt of the login history.
 *
 * @param username what was typed; an unknown name has no {@code accountId}
 */
public record SignInRecord(long id, OffsetDateTime occurredAt, Long accountId, String username, Outcome outcome,
                           String remoteAddress, String userAgent) {

    public enum Outcome {
        SUCCESS, FAILURE, LOCKED, DISABLED, SECOND_FACTOR_FAILURE, THROTTLED;

        public boolean success() {
            return this == SUCCESS;
        }
    }
}
