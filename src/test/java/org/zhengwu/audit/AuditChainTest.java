package org.zhengwu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.audit.internal.AuditStore;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;

/** The audit log is a hash chain: an edited stored row is detected, and from which record on. */
@ZhengwuTest
class AuditChainTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditStore store;

    @Test
    void recordsAreChainedAndAnEditedRowIsDetected() {
        trail.record(AuditEvent.of("test.first", "thing", 1, 7L, "第一条"));
        trail.recordRefusal(AuditEvent.of("test.refused", "thing", 2, 8L, "越权尝试"));
        trail.record(AuditEvent.of("test.third", "thing", 3, null, "第三条"));

        List<AuditRecord> latest = log.latest(3);
        assertThat(latest).extracting(AuditRecord::action).containsExactly("test.third", "test.refused", "test.first");
        assertThat(latest.get(1).outcome()).isEqualTo(AuditRecord.Outcome.REFUSED);
        assertThat(latest.get(0).prevHash()).isEqualTo(latest.get(1).hash());
        assertThat(latest.get(2).actorName()).isNotBlank();
        assertThat(log.firstBrokenRecord()).isEmpty();

        long tampered = latest.get(1).seq();
        String original = latest.get(1).detail();
        jdbc.sql("UPDATE audit_record SET detail = '无事发生' WHERE seq = ?").param(tampered).update();
        try {
            assertThat(log.firstBrokenRecord()).get().extracting(ChainBreak::seq).isEqualTo(tampered);
        } finally {
            jdbc.sql("UPDATE audit_record SET detail = ? WHERE seq = ?").params(original, tampered).update();
        }
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void aRecordRemovedFromTheEndIsDetected() {
        trail.record(AuditEvent.of("test.last", "thing", 9, null, "末条"));
        AuditRecord last = log.latest(1).get(0);
        jdbc.sql("DELETE FROM audit_record WHERE seq = ?").param(last.seq()).update();
        try {
            assertThat(log.firstBrokenRecord()).isPresent();
        } finally {
            new ChainTampering(jdbc, store).insert(last);
        }
        assertThat(log.firstBrokenRecord()).isEmpty();
    }
}
