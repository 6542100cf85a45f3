package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.ConsoleFixtures.as;

import java.time.Clock;
import java.time.LocalDate;
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
import org.zhengwu.sites.SiteAdministration;

/** The engine's console pages: 待办, one case with its forms, the supervisors' queue; who sees and does what. */
@ZhengwuTest
class CasePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Clock clock;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;
    @Autowired
    JdbcClient jdbc;

    ConsoleFixtures fixtures;
    CaseStaff staff;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staffAdministration);
        staff = new CaseStaff(fixtures);
        audit = new AuditRecords(jdbc);
    }

    private long errand(Long unit, String subject) {
        return cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("P"), subject, null, unit, 5));
    }

    private String reference(long id) {
        return cases.find(id).orElseThrow().reference();
    }

    private void deadlineMovedTo(long id, LocalDate deadline) {
        jdbc.sql("UPDATE case_record SET deadline = ? WHERE id = ?").params(deadline, id).update();
    }

    @Test
    void theTodoListShowsTheUnitsOwnCasesAndSaysOverdueInWords() throws Exception {
        long mine = errand(staff.unitA(), "甲单位的事");
        long late = errand(staff.unitA(), "甲单位超期的事");
        long theirs = errand(staff.unitB(), "乙单位的事");
        long waiting = errand(null, "待分办的事");
        LocalDate today = LocalDate.now(clock);
        LocalDate lastWeek = today.minusDays(7);
        deadlineMovedTo(late, lastWeek);
        mvc.perform(get("/admin/cases").with(as(staff.handlerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(reference(mine)), containsString(reference(late)),
                        not(containsString(reference(theirs))), not(containsString(reference(waiting))))))
                .andExpect(content().string(containsString("已超期" + workingDays.workingDaysBetween(lastWeek, today)
                        + "个工作日")))
                .andExpect(content().string(containsString("剩余5个工作日")));
        String all = mvc.perform(get("/admin/cases").with(as(staff.dispatcher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(all).contains(reference(mine), reference(theirs), reference(waiting), "待分办");
        // the case waiting for the dispatcher comes first, then by deadline: the overdue one before the others
        assertThat(all.indexOf(reference(late))).isLessThan(all.indexOf(reference(mine)));
    }

    @Test
    void peopleWhoDoNotWorkOnCasesAreRefused() throws Exception {
        for (StaffUser other : List.of(fixtures.editorOf(staff.siteA),
                fixtures.staff(StaffRole.SECURITY_ADMINISTRATOR, null),
                fixtures.staff(StaffRole.AUDIT_ADMINISTRATOR, null))) {
            mvc.perform(get("/admin/cases").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/cases/ledger").with(as(other))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCasePageShowsTheHistoryAndOnlyTheFormsThePersonMayUse() throws Exception {
        long id = errand(staff.unitA(), "修补路面");
        mvc.perform(get("/admin/cases/" + id).with(as(staff.handlerA)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("修补路面"), containsString("办理记录"),
                        containsString("交办"), containsString("/admin/errands/" + id),
                        containsString("action=\"/admin/cases/" + id + "/transfer\""),
                        containsString("action=\"/admin/cases/" + id + "/return\""),
                        containsString("action=\"/admin/cases/" + id + "/extension\""),
                        not(containsString("/extension/decision")))));
        mvc.perform(get("/admin/cases/" + id).with(as(staff.dispatcher)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/transfer\""), not(containsString("/return\"")),
                        not(containsString("/extension\"")))));
        mvc.perform(get("/admin/cases/" + id).with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<form method=\"post\" action=\"/admin/cases/")))));
    }

    @Test
    void anotherUnitsHandlerIsRefusedThePageAndEveryFormAndNothingChanges() throws Exception {
        long id = errand(staff.unitA(), "甲单位的事");
        var before = cases.find(id).orElseThrow();
        long seq = audit.lastSeq();
        mvc.perform(get("/admin/cases/" + id).with(as(staff.handlerB))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/cases/" + id + "/transfer").with(as(staff.handlerB)).with(csrf())
                .param("unit", String.valueOf(staff.unitB())).param("reason", "抢")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/cases/" + id + "/return").with(as(staff.handlerB)).with(csrf())
                .param("reason", "退").param("state", "NEW")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/cases/" + id + "/extension").with(as(staff.handlerB)).with(csrf())
                .param("days", "x").param("reason", "")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/cases/" + id + "/extension/decision").with(as(staff.handlerA)).with(csrf())
                .param("decision", "approve")).andExpect(status().isForbidden());
        assertThat(cases.find(id)).contains(before);
        assertThat(audit.since(seq)).filteredOn(r -> r.action().startsWith("cases."))
                .extracting(AuditRecords.Row::action, AuditRecords.Row::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cases.transfer", "REFUSED"),
                        org.assertj.core.groups.Tuple.tuple("cases.return", "REFUSED"),
                        org.assertj.core.groups.Tuple.tuple("cases.extension.request", "REFUSED"),
                        org.assertj.core.groups.Tuple.tuple("cases.extension.decide", "REFUSED"));
        assertThat(audit.since(seq)).filteredOn(r -> r.action().equals("console.forbidden")).hasSize(5);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        long id = errand(staff.unitA(), "甲单位的事");
        mvc.perform(post("/admin/cases/" + id + "/transfer").with(as(staff.handlerA))
                .param("unit", String.valueOf(staff.unitB())).param("reason", "无令牌")).andExpect(status().isForbidden());
        assertThat(cases.find(id).orElseThrow().ownerUnitId()).isEqualTo(staff.unitA());
    }

    @Test
    void aTransferWithBadInputIsShownAgainWithItsMessageAndAGoodOneHandsTheCaseOver() throws Exception {
        long id = errand(staff.unitA(), "甲单位的事");
        mvc.perform(post("/admin/cases/" + id + "/transfer").with(as(staff.handlerA)).with(csrf())
                        .param("unit", String.valueOf(staff.unitB())).param("reason", "  ").param("days", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("未保存：请填写理由"),
                        containsString("id=\"transfer-reason-error\""), containsString("aria-invalid=\"true\""),
                        containsString("value=\"3\""))));
        mvc.perform(post("/admin/cases/" + id + "/transfer").with(as(staff.handlerA)).with(csrf())
                        .param("unit", "abc").param("reason", "职责调整"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请选择转办的单位"),
                        containsString("id=\"transfer-unit-error\""), containsString("职责调整"))));
        mvc.perform(post("/admin/cases/" + id + "/transfer").with(as(staff.handlerA)).with(csrf())
                        .param("unit", String.valueOf(staff.unitB())).param("reason", "职责调整").param("days", "999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("工作日数须在1至250之间")));
        assertThat(cases.find(id).orElseThrow().ownerUnitId()).isEqualTo(staff.unitA());

        mvc.perform(post("/admin/cases/" + id + "/transfer").with(as(staff.handlerA)).with(csrf())
                        .param("unit", String.valueOf(staff.unitB())).param("reason", "职责调整").param("days", ""))
                .andExpect(redirectedUrl("/admin/cases"));
        CaseView v = cases.find(id).orElseThrow();
        assertThat(v.ownerUnitId()).isEqualTo(staff.unitB());
        assertThat(cases.history(id)).last().satisfies(e -> assertThat(e.note()).isEqualTo("职责调整"));
        mvc.perform(get("/admin/cases/" + id).with(as(staff.handlerB)))
                .andExpect(content().string(allOf(containsString("转办"), containsString("职责调整"))));
    }

    @Test
    void aReturnSendsTheCaseBackToTheDispatcher() throws Exception {
        long id = errand(staff.unitA(), "不属于甲单位的事");
        mvc.perform(post("/admin/cases/" + id + "/return").with(as(staff.leaderA)).with(csrf())
                        .param("state", "NEW").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写理由")));
        mvc.perform(post("/admin/cases/" + id + "/return").with(as(staff.leaderA)).with(csrf())
                        .param("state", "NEW").param("reason", "应由乙单位办理"))
                .andExpect(redirectedUrl("/admin/cases"));
        assertThat(cases.find(id).orElseThrow().phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(audit.last("cases.return", id)).hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo("DONE"));
    }

    @Test
    void anExtensionIsRequestedOnTheCasePageAndDecidedInTheSupervisorsQueue() throws Exception {
        long id = errand(staff.unitA(), "需要延期的事");
        LocalDate deadline = cases.find(id).orElseThrow().deadline();
        mvc.perform(post("/admin/cases/" + id + "/extension").with(as(staff.handlerA)).with(csrf())
                        .param("days", "三天").param("reason", "等待材料"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("工作日数须在1至250之间"),
                        containsString("id=\"extension-days-error\""))));
        mvc.perform(post("/admin/cases/" + id + "/extension").with(as(staff.handlerA)).with(csrf())
                        .param("days", "3").param("reason", "等待材料"))
                .andExpect(redirectedUrl("/admin/cases/" + id));
        mvc.perform(get("/admin/cases/extensions").with(as(staff.handlerA))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/cases/extensions").with(as(staff.supervisor)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(reference(id)), containsString("等待材料"))));
        mvc.perform(post("/admin/cases/" + id + "/extension/decision").with(as(staff.supervisor)).with(csrf())
                        .param("decision", "refuse").param("reason", "").param("from", "queue"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写理由"), containsString("id=\"decision-reason-error\""))));
        mvc.perform(post("/admin/cases/" + id + "/extension/decision").with(as(staff.supervisor)).with(csrf())
                        .param("reason", "").param("from", "queue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择同意或不同意")));
        mvc.perform(post("/admin/cases/" + id + "/extension/decision").with(as(staff.supervisor)).with(csrf())
                        .param("decision", "approve").param("reason", "同意").param("from", "queue"))
                .andExpect(redirectedUrl("/admin/cases/extensions"));
        assertThat(cases.find(id).orElseThrow().deadline()).isEqualTo(workingDays.addWorkingDays(deadline, 3));
        mvc.perform(get("/admin/cases/extensions").with(as(staff.supervisor)))
                .andExpect(content().string(not(containsString(reference(id)))));
    }
}
