package org.zhengwu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.internal.AuditStore;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;
import org.zhengwu.platform.storage.DataDirectory;

/**
 * The keyed seal and the signed anchors, as an administrator with write access to the database would attack them;
 * run once per crypto mode by {@link AuditSealTest} (HMAC-SHA-256, ECDSA P-256) and {@link AuditSealNationalTest}
 * (HMAC-SM3, SM2). Every test leaves the log as it found it.
 */
abstract class AuditSealContract {

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog log;
    @Autowired
    AuditStore store;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteAdministration sites;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataDirectory data;

    ChainTampering tampering;
    StaffUser auditor;
    String marker;

    /** The seal label's algorithm ("hmac-sm3") and the anchors' signature algorithm ("sm2") of this mode. */
    abstract String macAlgorithm();

    abstract String signatureAlgorithm();

    @BeforeEach
    void setUp() {
        tampering = new ChainTampering(jdbc, store);
        auditor = new ConsoleFixtures(sites, staff).staff(StaffRole.AUDIT_ADMINISTRATOR, null);
        marker = ConsoleFixtures.code("test.seal");
    }

    private long recordThree() {
        trail.record(AuditEvent.of(marker, "thing", 1, null, "第一条"));
        trail.record(AuditEvent.of(marker, "thing", 2, null, "第二条"));
        trail.record(AuditEvent.of(marker, "thing", 3, null, "第三条"));
        return new AuditRecords(jdbc).of(marker, 2).get(0).seq();
    }

    @Test
    void aRecordRewrittenWithEveryPlainHashAfterItRecomputedIsStillNamed() throws Exception {
        long middle = recordThree();
        assertThat(store.after(middle - 1, 1).get(0).seal()).startsWith(macAlgorithm() + ":");
        assertThat(log.firstBrokenRecord()).isEmpty();
        ChainTampering.Snapshot before = tampering.snapshot(middle);
        tampering.rewrite(middle, "无事发生");
        try {
            assertThat(log.firstBrokenRecord()).contains(new ChainBreak(middle, ChainBreak.Problem.CHANGED));
            mvc.perform(post("/admin/audit/verify").with(as(auditor)).with(csrf()))
                    .andExpect(flash().attribute("error", "校验完整性：第 " + middle + " 条起被篡改"));
        } finally {
            tampering.restore(before);
        }
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void recordsWrittenBeforeTheSealAreSealedOnceAndNotAfreshWhenTheSealsAreRemovedLater() throws Exception {
        recordThree();
        ChainTampering.Snapshot before = tampering.snapshot(1);
        Path sealedMarker = data.root().resolve("keys/audit-chain.sealed");
        assertThat(sealedMarker).exists();
        try {
            // the log as V19 finds it: no seals anywhere, and no marker yet
            tampering.removeSeals();
            Files.delete(sealedMarker);
            long lastBefore = store.head().lastSeq();
            log.sealOlderRecords();
            assertThat(log.firstBrokenRecord()).isEmpty();
            assertThat(store.after(0, 1).get(0).seal()).startsWith(macAlgorithm() + ":");
            assertThat(new AuditRecords(jdbc).last("audit.seal.older", null)).get()
                    .satisfies(r -> assertThat(r.detail()).contains("升级前的 " + lastBefore + " 条记录加封").contains("哈希链校验完整"));
            assertThat(sealedMarker).exists();

            // later, someone removes every seal, rewrites a record and recomputes the plain hashes: not sealed again
            tampering.removeSeals();
            tampering.rewrite(2, "无事发生");
            log.sealOlderRecords();
            trail.record(AuditEvent.of(marker, "thing", 4, null, "之后的一条"));
            assertThat(log.firstBrokenRecord()).contains(new ChainBreak(1, ChainBreak.Problem.UNSEALED));
        } finally {
            tampering.restore(before);
            if (!Files.exists(sealedMarker)) {
                Files.writeString(sealedMarker, "restored by the test\n");
            }
        }
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void anAnchorConfirmsTheLogAndNamesARecordChangedBeforeIt() throws Exception {
        long middle = recordThree();
        long anchored = store.head().lastSeq();
        byte[] anchor = exportAnchor();
        String text = new String(anchor, StandardCharsets.UTF_8);
        assertThat(text).contains("format: zhengwu-audit-anchor/1", "seq: " + anchored + "\n",
                "signature-algorithm: " + signatureAlgorithm() + "\n", "seal: " + macAlgorithm() + ":");
        trail.record(AuditEvent.of(marker, "thing", 5, null, "锚点之后的一条"));

        check(anchor).andExpect(content().string(containsString("核对锚点：与锚点一致。第 1 至 " + anchored + " 条记录")));

        ChainTampering.Snapshot before = tampering.snapshot(middle);
        tampering.rewrite(middle, "无事发生");
        try {
            check(anchor).andExpect(content().string(containsString("核对锚点：与锚点不符。第 " + middle + " 条起")));
            mvc.perform(post("/admin/audit/anchors/export").with(as(auditor)).with(csrf())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("审计日志已不完整（第 " + middle + " 条起），不为其导出锚点")));
        } finally {
            tampering.restore(before);
        }

        long seqBefore = new AuditRecords(jdbc).lastSeq();
        String forged = text.replace("seq: " + anchored + "\n", "seq: " + (anchored - 1) + "\n");
        check(forged.getBytes(StandardCharsets.UTF_8)).andExpect(content().string(containsString("锚点签名无效")));
        check("这不是锚点".getBytes(StandardCharsets.UTF_8)).andExpect(content().string(containsString("所选文件不是审计锚点")));
        check(new byte[0]).andExpect(content().string(containsString("请选择要核对的锚点文件")));
        List<AuditRecords.Row> refusals = new AuditRecords(jdbc).since(seqBefore);
        assertThat(refusals).extracting(AuditRecords.Row::action).containsExactly("audit.anchor.check", "audit.anchor.check", "audit.anchor.check");
        assertThat(refusals).extracting(AuditRecords.Row::outcome).containsOnly("REFUSED");
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void recordsRemovedFromTheEndWithTheHeadMovedBackAreFoundByTheAnchor() throws Exception {
        long middle = recordThree();
        long anchored = store.head().lastSeq();
        byte[] anchor = exportAnchor();
        trail.record(AuditEvent.of(marker, "thing", 6, null, "锚点之后的一条"));
        ChainTampering.Snapshot before = tampering.snapshot(middle);
        tampering.truncateAfter(middle - 1);
        try {
            // what the chain alone cannot see: the rest of it is intact
            assertThat(log.firstBrokenRecord()).isEmpty();
            check(anchor).andExpect(content().string(containsString(
                    "核对锚点：日志末尾的记录被删除。锚点记到第 " + anchored + " 条")))
                    .andExpect(content().string(containsString("日志现在只到第 " + (middle - 1) + " 条")));
        } finally {
            tampering.restore(before);
        }
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void theAnchorsPageShowsTheSigningKeyAndIsForTheAuditAdministratorAlone() throws Exception {
        mvc.perform(get("/admin/audit/anchors").with(as(auditor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("导出当前链头的锚点")))
                .andExpect(content().string(containsString("-----BEGIN PUBLIC KEY-----")));
        mvc.perform(get("/admin/audit").with(as(auditor))).andExpect(content().string(containsString("/admin/audit/anchors")));
    }

    private byte[] exportAnchor() throws Exception {
        return mvc.perform(post("/admin/audit/anchors/export").with(as(auditor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"audit-anchor-")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions check(byte[] anchor) throws Exception {
        return mvc.perform(multipart("/admin/audit/anchors/check")
                        .file(new MockMultipartFile("anchor", "anchor.txt", "text/plain", anchor))
                        .with(as(auditor)).with(csrf()))
                .andExpect(status().isOk());
    }
}
