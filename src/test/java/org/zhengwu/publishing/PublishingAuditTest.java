package org.zhengwu.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.audit.AuditLog;
import org.zhengwu.sites.SiteAdministration;

/** Starting a full rebuild and changing grey mode are in the audit log with the administrator who did it. */
@ZhengwuTest
class PublishingAuditTest {

    private static final DateTimeFormatter FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;
    @Autowired
    SiteRebuild rebuild;
    @Autowired
    GreyMode grey;
    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    AuditRecords audit;
    ConsoleFixtures fixtures;
    StaffUser admin;

    @BeforeEach
    void setUp() {
        audit = new AuditRecords(jdbc);
        fixtures = new ConsoleFixtures(sites, staff);
        admin = fixtures.administrator();
    }

    @AfterEach
    void offAndIntact() {
        grey.change("OFF", null, null, "test");
        assertThat(log.firstBrokenRecord()).isEmpty();
    }

    @Test
    void startingAFullRebuildIsRecordedWithTheAdministrator() throws Exception {
        long before = audit.lastSeq();
        mvc.perform(post("/admin/publishing/rebuild").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(120)).until(() -> !rebuild.progress().running());

        AuditRecords.Row started = audit.last("publishing.rebuild", null).orElseThrow();
        assertThat(started.seq()).isGreaterThan(before);
        assertThat(started.actorId()).isEqualTo(admin.accountId());
        assertThat(started.actorRole()).isEqualTo("ADMINISTRATOR");
        assertThat(started.targetType()).isEqualTo("site_group");
        assertThat(started.unitId()).isNull();
        assertThat(started.detail()).contains("全站重新生成");
    }

    @Test
    void anEditorCannotStartARebuildAndOnlyTheRefusalIsRecorded() throws Exception {
        StaffUser editor = fixtures.editorOf(fixtures.site());
        long before = audit.lastSeq();
        mvc.perform(post("/admin/publishing/rebuild").with(as(editor)).with(csrf())).andExpect(status().isForbidden());
        assertThat(audit.since(before)).extracting(AuditRecords.Row::outcome).containsOnly("REFUSED");
        assertThat(audit.since(before)).extracting(AuditRecords.Row::action).doesNotContain("publishing.rebuild");
    }

    @Test
    void changingGreyModeIsRecordedWithTheModeBeforeAndAfter() throws Exception {
        grey.change("OFF", null, null, "test");
        mvc.perform(post("/admin/publishing/grey").with(as(admin)).with(csrf()).param("mode", "ON"))
                .andExpect(status().is3xxRedirection());
        AuditRecords.Row on = audit.last("publishing.grey", null).orElseThrow();
        assertThat(on.actorId()).isEqualTo(admin.accountId());
        assertThat(on.targetType()).isEqualTo("grey_mode");
        assertThat(on.detail()).isEqualTo("灰色模式 关闭 → 开启");

        OffsetDateTime start = OffsetDateTime.now(CHINA).plusDays(1).withSecond(0).withNano(0);
        mvc.perform(post("/admin/publishing/grey").with(as(admin)).with(csrf()).param("mode", "SCHEDULED")
                        .param("start", FORM.format(start)).param("end", FORM.format(start.plusHours(24))))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.last("publishing.grey", null).orElseThrow().detail())
                .isEqualTo("灰色模式 开启 → 定时（" + FORM.format(start) + " 至 " + FORM.format(start.plusHours(24)) + "）");
    }

    @Test
    void aRefusedScheduleChangesNothingAndLeavesNoRecord() throws Exception {
        long before = audit.lastSeq();
        mvc.perform(post("/admin/publishing/grey").with(as(admin)).with(csrf()).param("mode", "SCHEDULED")
                        .param("start", "2030-01-02 00:00").param("end", "2030-01-01 00:00"))
                .andExpect(status().isBadRequest());
        assertThat(grey.setting().mode()).isEqualTo(GreyModeSetting.Mode.OFF);
        assertThat(audit.since(before)).isEmpty();
    }
}
