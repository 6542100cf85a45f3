package org.zhengwu.audit;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.zhengwu.OwnDatabase;
import org.zhengwu.ZhengwuTest;

/** The keyed seal and anchors in 国密 mode: HMAC-SM3 and SM2 (an application context and database of their own). */
@ZhengwuTest
@TestPropertySource(properties = {"zhengwu.crypto.audit-mac=hmac-sm3", "zhengwu.crypto.anchor-signature=sm2"})
class AuditSealNationalTest extends AuditSealContract {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        OwnDatabase.use(registry, "zhengwu_audit_sm");
    }

    @Override
    String macAlgorithm() {
        return "hmac-sm3";
    }

    @Override
    String signatureAlgorithm() {
        return "sm2";
    }
}
