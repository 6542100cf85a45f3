package org.zhengwu.operations.internal.apikeys;

/** A key just issued, for the one page that shows it: who it was issued to, for which unit, and the key itself. */
public record IssuedKey(String name, String unit, String secret) {
}
