package org.zhengwu.platform.audit;

/**
 * The append-only audit log (审计日志) as every module writes to it. Who did it and from which address are taken from
 * the current request; the module {@code audit} keeps the records in a hash chain so that an edited or deleted row is
 * detected.
 */
public interface AuditTrail {

    /**
     * Records a change or decision inside the caller's transaction: the change and its record are committed together
     * or not at all.
     */
    void record(AuditEvent event);

    /**
     * Records a refused attempt (forged form, another unit's id, a forbidden action) in a transaction of its own, so
     * that it is kept although the caller's work is rolled back.
     */
    void recordRefusal(AuditEvent event);
}
