package org.zhengwu.audit;

import org.zhengwu.ZhengwuTest;

/** The keyed seal and anchors in the default mode: HMAC-SHA-256 and ECDSA P-256. */
@ZhengwuTest
class AuditSealTest extends AuditSealContract {

    @Override
    String macAlgorithm() {
        return "hmac-sha256";
    }

    @Override
    String signatureAlgorithm() {
        return "ecdsa-p256";
    }
}
