package org.zhengwu.sites.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields a change touched, written for the audit log as {@code 名称 “旧” → “新”}; unchanged fields are left out so
 * that the record says what was actually done.
 */
public final class Changes {

    private final List<String> parts = new ArrayList<>();

    public Changes field(String label, Object before, Object after) {
        if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
            parts.add(label + " " + shown(before) + " → " + shown(after));
        }
        return this;
    }

    public boolean none() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("；", parts);
    }

    private static Object blankAsNull(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static String shown(Object value) {
        Object v = blankAsNull(value);
        return v == null ? "（空）" : "“" + v + "”";
    }
}
