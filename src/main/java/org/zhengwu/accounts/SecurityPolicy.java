package org.zhengwu.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.zhengwu.platform.RuleViolation;

/**
 * The security policy in force (安全策略), edited by the security administrator.
 *
 * @param password the complexity rules of new passwords
 * @param expiryDays a password older than this must be changed at the next sign-in; 0 means never
 * @param historyCount a new password must differ from the last this many (the current one included); 0 means no check
 * @param lockoutThreshold this many failed sign-ins in a row lock the account
 * @param lockoutMinutes for this long
 * @param sessionIdleMinutes a console session unused for this long ends
 * @param totpRequiredForAdministrators the three administrators must enrol a second factor before anything else
 */
public record SecurityPolicy(PasswordPolicy password, int expiryDays, int historyCount, int lockoutThreshold,
                             int lockoutMinutes, int sessionIdleMinutes, boolean totpRequiredForAdministrators) {

    public static final SecurityPolicy DEFAULT = new SecurityPolicy(PasswordPolicy.DEFAULT, 90, 5, 5, 15, 30, false);

    /** Refuses values outside what 等保 level 3 and common sense allow, naming the field. */
    public void validate() {
        range("policy.min-length.range", password.minLength(), PasswordPolicy.LOWEST_MIN_LENGTH, PasswordPolicy.HIGHEST_MIN_LENGTH);
        range("policy.expiry.range", expiryDays, 0, 365);
        range("policy.history.range", historyCount, 0, 24);
        range("policy.lockout-threshold.range", lockoutThreshold, 3, 10);
        range("policy.lockout-minutes.range", lockoutMinutes, 1, 1440);
        range("policy.session-idle.range", sessionIdleMinutes, 5, 480);
    }

    public Duration lockTime() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    /** Whether a password set at {@code changedAt} has run out at {@code now}. */
    public boolean expired(OffsetDateTime changedAt, OffsetDateTime now) {
        return expiryDays > 0 && changedAt != null && !changedAt.plusDays(expiryDays).isAfter(now);
    }

    private static void range(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new RuleViolation(key, min, max);
        }
    }
}
