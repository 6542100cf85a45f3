package org.zhengwu.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.util.List;
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
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.Site;
import org.zhengwu.sites.SiteAdministration;

/** The administrator's mailbox page: list, add, change, disable; every change audited, everybody else refused. */
@ZhengwuTest
class MailboxPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Mailboxes mailboxes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staff;

    ConsoleFixtures fixtures;
    StaffUser administrator;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staff);
        administrator = fixtures.administrator();
        audit = new AuditRecords(jdbc);
    }

    @Test
    void theAdministratorAddsChangesAndDisablesAMailboxAndEachChangeIsAudited() throws Exception {
        Site unit = fixtures.site();
        String code = ConsoleFixtures.code("lead");
        mvc.perform(post("/admin/mailboxes").with(as(administrator)).with(csrf())
                        .param("code", code).param("name", "副市长信箱").param("kind", "LEADER").param("leaderName", "赵敏")
                        .param("description", "分管城建").param("defaultUnitId", String.valueOf(unit.unitId()))
                        .param("answerDays", "10").param("sortOrder", "5"))
                .andExpect(redirectedUrl("/admin/mailboxes"));
        Mailbox m = mailboxes.byCode(code).orElseThrow();
        assertThat(m.kind()).isEqualTo(MailboxKind.LEADER);
        assertThat(m.leaderName()).isEqualTo("赵敏");
        assertThat(m.defaultUnitId()).isEqualTo(unit.unitId());
        assertThat(m.answerDays()).isEqualTo(10);
        assertThat(audit.last("interaction.mailbox.create", m.id())).hasValueSatisfying(r ->
                assertThat(r.actorId()).isEqualTo(administrator.accountId()));
        mvc.perform(get("/admin/mailboxes").with(as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("副市长信箱（赵敏）")))
                .andExpect(content().string(containsString(unit.name().replace("站点", "单位"))));

        mvc.perform(post("/admin/mailboxes/" + m.id()).with(as(administrator)).with(csrf())
                        .param("code", "changed-code").param("name", "副市长信箱").param("kind", "LEADER")
                        .param("leaderName", "赵敏").param("defaultUnitId", "").param("answerDays", "12"))
                .andExpect(redirectedUrl("/admin/mailboxes"));
        Mailbox changed = mailboxes.byId(m.id()).orElseThrow();
        assertThat(changed.code()).isEqualTo(code);
        assertThat(changed.defaultUnitId()).isNull();
        assertThat(changed.answerDays()).isEqualTo(12);
        assertThat(audit.last("interaction.mailbox.update", m.id())).isPresent();

        mvc.perform(post("/admin/mailboxes/" + m.id() + "/disable").with(as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/admin/mailboxes"));
        assertThat(mailboxes.byId(m.id()).orElseThrow().enabled()).isFalse();
        assertThat(mailboxes.enabled()).extracting(Mailbox::code).doesNotContain(code);
        assertThat(audit.last("interaction.mailbox.disable", m.id())).isPresent();
        mvc.perform(post("/admin/mailboxes/" + m.id() + "/enable").with(as(administrator)).with(csrf()))
                .andExpect(redirectedUrl("/admin/mailboxes"));
        assertThat(mailboxes.byId(m.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void badEntriesAreRefusedWithTheirReasonAndStoreNothing() throws Exception {
        String code = ConsoleFixtures.code("bad");
        String[][] cases = {
                {"Bad Code", "名称", "MAYOR", "", "15", "代码只能由小写字母、数字和连字符组成"},
                {code, "", "MAYOR", "", "15", "请填写信箱名称"},
                {code, "领导", "LEADER", "", "15", "领导信箱须填写领导姓名"},
                {code, "名称", "MAYOR", "", "0", "办理时限须为1至60个工作日的整数"},
                {code, "名称", "MAYOR", "", "abc", "办理时限须为1至60个工作日的整数"},
                {code, "名称", "NO_KIND", "", "15", "请选择信箱类别"},
                {code, "名称", "MAYOR", "999999", "15", "所选的默认承办单位不存在"},
        };
        for (String[] c : cases) {
            mvc.perform(post("/admin/mailboxes").with(as(administrator)).with(csrf()).param("code", c[0])
                            .param("name", c[1]).param("kind", c[2]).param("defaultUnitId", c[3]).param("answerDays", c[4]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(c[5])));
        }
        assertThat(mailboxes.byCode(code)).isEmpty();
        mailboxes.create(new MailboxDetails(code, "已有", MailboxKind.MAYOR, "", null, null, 15, 0));
        mvc.perform(post("/admin/mailboxes").with(as(administrator)).with(csrf()).param("code", code)
                        .param("name", "重复").param("kind", "MAYOR").param("answerDays", "15"))
                .andExpect(content().string(containsString("代码“" + code + "”已被其他信箱使用")));
    }

    @Test
    void everybodyButTheAdministratorIsRefusedAndAChangeAttemptIsAudited() throws Exception {
        Mailbox m = mailboxes.create(new MailboxDetails(ConsoleFixtures.code("x"), "信箱", MailboxKind.MAYOR, "", null,
                null, 15, 0));
        Site site = fixtures.site();
        List<StaffUser> others = List.of(fixtures.editorOf(site), fixtures.staff(StaffRole.DISPATCHER, null),
                fixtures.staff(StaffRole.SUPERVISOR, null), fixtures.staff(StaffRole.CASE_HANDLER, site.unitId()),
                fixtures.staff(StaffRole.SECURITY_ADMINISTRATOR, null));
        long before = audit.lastSeq();
        for (StaffUser other : others) {
            mvc.perform(get("/admin/mailboxes").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/mailboxes/" + m.id() + "/disable").with(as(other)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(mailboxes.byId(m.id()).orElseThrow().enabled()).isTrue();
        assertThat(audit.since(before)).filteredOn(r -> "REFUSED".equals(r.outcome())).hasSizeGreaterThanOrEqualTo(others.size());
    }
}
