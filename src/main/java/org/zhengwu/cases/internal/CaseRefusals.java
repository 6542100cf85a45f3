package org.zhengwu.cases.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;

/**
 * Records a refused step in the audit log. The engine runs in its caller's transaction, which may already hold the
 * audit chain's lock (the caller audited its own change first); a refusal recorded at once, in a transaction of its
 * own, would wait for that lock forever. So within a transaction it is recorded when that transaction has ended.
 */
@Component
class CaseRefusals {

    private final AuditTrail audit;

    CaseRefusals(AuditTrail audit) {
        this.audit = audit;
    }

    void record(AuditEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            audit.recordRefusal(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                audit.recordRefusal(event);
            }
        });
    }
}
