package org.zhengwu.accounts;

import java.util.Locale;
import org.zhengwu.platform.RuleViolation;

/**
 * What a new password must look like: at least 10 characters, letters and digits, not the user name. (The full
 * 等保 policy with history and expiry comes later.)
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the rules, with the reason. */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new RuleViolation("password.new.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("password.new.too-long", MAX_LENGTH);
        }
        boolean letter = password.codePoints().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        boolean digit = password.codePoints().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            throw new RuleViolation("password.new.letters-digits");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password.new.same-as-username");
        }
    }
}
