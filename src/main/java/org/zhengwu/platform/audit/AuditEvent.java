package org.zhengwu.platform.audit;

import java.util.Objects;

/**
 * What happened, in the domain's words: an action code such as {@code content.publish}, what it was done to, the unit
 * that owns it (null for group-wide things) and a short free text (the reason, the changed fields).
 */
public record AuditEvent(String action, String targetType, String targetId, Long unitId, String detail) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    public static AuditEvent of(String action, String targetType, Object targetId, Long unitId, String detail) {
        return new AuditEvent(action, targetType, targetId == null ? null : String.valueOf(targetId), unitId, detail);
    }
}
