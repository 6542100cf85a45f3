package org.zhengwu.audit.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.zhengwu.audit.AuditLog;

/** On start, before any request or start-up job: seals the records written before the keyed seal existed (once). */
@Component
class SealOnStart implements SmartInitializingSingleton {

    private final AuditLog log;

    SealOnStart(AuditLog log) {
        this.log = log;
    }

    @Override
    public void afterSingletonsInstantiated() {
        log.sealOlderRecords();
    }
}
