package org.zhengwu.audit;

import java.time.LocalDate;

/**
 * What the audit administrator narrows the log to; every part is optional (null or blank = any).
 *
 * @param from first day (China time), inclusive
 * @param to last day, inclusive
 * @param actor part of the actor's name ("admin", "张三")
 * @param action an action code or its beginning ("staff.", "account.sign-in")
 * @param unitId the unit the record belongs to
 * @param outcome done or refused
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, String action, Long unitId,
                          AuditRecord.Outcome outcome) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
