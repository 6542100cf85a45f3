package org.zhengwu.accounts.internal.web;

import org.zhengwu.accounts.PasswordPolicy;
import org.zhengwu.accounts.SecurityPolicy;
import org.zhengwu.platform.RuleViolation;

/** The policy form as typed; numbers stay text so a typo is shown back, not lost. */
public record PolicyForm(String minLength, Boolean mixedCase, Boolean symbol, String expiryDays, String historyCount,
                         String lockoutThreshold, String lockoutMinutes, String sessionIdleMinutes,
                         Boolean totpRequired) {

    /** An unticked checkbox sends nothing: null is no. */
    public PolicyForm {
        mixedCase = Boolean.TRUE.equals(mixedCase);
        symbol = Boolean.TRUE.equals(symbol);
        totpRequired = Boolean.TRUE.equals(totpRequired);
    }

    static PolicyForm of(SecurityPolicy p) {
        return new PolicyForm(String.valueOf(p.password().minLength()), p.password().mixedCase(), p.password().symbol(),
                String.valueOf(p.expiryDays()), String.valueOf(p.historyCount()), String.valueOf(p.lockoutThreshold()),
                String.valueOf(p.lockoutMinutes()), String.valueOf(p.sessionIdleMinutes()),
                p.totpRequiredForAdministrators());
    }

    SecurityPolicy toPolicy() {
        return new SecurityPolicy(
                new PasswordPolicy(number("policy.min-length", minLength), mixedCase, symbol),
                number("policy.expiry", expiryDays), number("policy.history", historyCount),
                number("policy.lockout-threshold", lockoutThreshold), number("policy.lockout-minutes", lockoutMinutes),
                number("policy.session-idle", sessionIdleMinutes), totpRequired);
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field + ".integer", text);
        }
    }
}
