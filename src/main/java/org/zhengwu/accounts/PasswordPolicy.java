package org.zhengwu.accounts;

import java.util.Locale;
import org.zhengwu.platform.RuleViolation;

/**
 * What a new password must look like, as the security administrator set it: a minimum length, letters and digits,
 * optionally both cases and a symbol, never the user name.
 */
public record PasswordPolicy(int minLength, boolean mixedCase, boolean symbol) {

    public static final int LOWEST_MIN_LENGTH = 8;
    public static final int HIGHEST_MIN_LENGTH = 64;
    public static final int MAX_LENGTH = 128;
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(10, false, false);

    /** Refuses a password that breaks the rules, with the reason. */
    public void check(String username, String password) {
        if (password == null || password.length() < minLength) {
            throw new RuleViolation("password.new.too-short", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw new RuleViolation("password.new.too-long", MAX_LENGTH);
        }
        boolean lower = password.codePoints().anyMatch(c -> c >= 'a' && c <= 'z');
        boolean upper = password.codePoints().anyMatch(c -> c >= 'A' && c <= 'Z');
        boolean digit = password.codePoints().anyMatch(c -> c >= '0' && c <= '9');
        if (!(lower || upper) || !digit) {
            throw new RuleViolation("password.new.letters-digits");
        }
        if (mixedCase && !(lower && upper)) {
            throw new RuleViolation("password.new.mixed-case");
        }
        if (symbol && password.codePoints().allMatch(Character::isLetterOrDigit)) {
            throw new RuleViolation("password.new.symbol");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).equals(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("password.new.same-as-username");
        }
    }
}
