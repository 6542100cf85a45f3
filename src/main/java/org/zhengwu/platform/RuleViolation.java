package org.zhengwu.platform;

import java.util.Arrays;

/**
 * A request that breaks a business rule (a duplicate code, a cycle in the column tree, a date that cannot be read).
 * It carries a message key of the bundles and its arguments, so the console, the API and the command line can each
 * tell the user in their language exactly what is wrong; nothing has been changed when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public RuleViolation(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
