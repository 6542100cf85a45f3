package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.cases.CaseStaff.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseReminder.Kind;
import org.zhengwu.cases.internal.DeadlineCheck;
import org.zhengwu.sites.SiteAdministration;

/**
 * Pausing the clock (暂停计时) through {@link Cases} and the console, against the database: what the case, its
 * history, the deadline job, the ledger and the figures show while a case is paused, and who may pause and resume.
 * How the paused working days are counted across holidays is in {@code CasePauseRulesTest}.
 */
@ZhengwuTest
class CasePauseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseFigures figures;
    @Autowired
    DeadlineCheck job;
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

    CaseStaff staff;
    Errands errands;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        errands = new Errands(cases, staff);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void aHandlerPausesForCorrectionAndTheCaseSaysSinceWhenAndWhyThenResumingTheSameDayKeepsTheDeadline() {
        long id = errands.assignedToA("办理食品经营许可", 5);
        LocalDate deadline = errands.find(id).deadline();
        CaseView paused = as(staff.handlerA, () -> cases.pause(id, CaseType.CORRECTION, "缺少健康证明"));
        assertThat(paused.pause()).isEqualTo(new CaseView.Pause(CaseType.CORRECTION, "缺少健康证明", today()));
        assertThat(paused.overdueOn(deadline.plusDays(30))).isFalse();
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.PAUSED);
            assertThat(e.actor()).isEqualTo(staff.handlerA.displayName());
            assertThat(e.note()).isEqualTo("补正：缺少健康证明");
        });
        CaseView resumed = as(staff.leaderA, () -> cases.resume(id, "申请人已补正"));
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.deadline()).isEqualTo(deadline);
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.RESUMED);
            assertThat(e.note()).isEqualTo("暂停计时0个工作日：申请人已补正");
            assertThat(e.deadline()).isEqualTo(deadline);
        });
        assertThat(new AuditRecords(jdbc).last("cases.resume", id)).isPresent();
    }

    @Test
    void pausingAPausedClosedOrUnassignedCaseResumingARunningOneAndOtherPeopleAreRefusedAndNothingChanges() {
        long unassigned = cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("E"), "待分办", null, null, 0));
        assertThatThrownBy(() -> cases.pause(unassigned, CaseType.SUSPENSION, "等待鉴定"))
                .hasFieldOrPropertyWithValue("key", "cases.pause.not-open");
        long id = errands.assignedToA("办理采矿许可", 5);
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.resume(id, "")))
                .hasFieldOrPropertyWithValue("key", "cases.resume.not-paused");
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.pause(id, "HOLIDAY", "放假")))
                .hasFieldOrPropertyWithValue("key", "cases.pause.kind.unknown");
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.pause(id, CaseType.SUSPENSION, "抢着暂停")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.dispatcher, () -> cases.pause(id, CaseType.SUSPENSION, "分办员暂停")))
                .isInstanceOf(AccessDeniedException.class);
        as(staff.handlerA, () -> cases.pause(id, CaseType.SUSPENSION, "等待司法鉴定结论"));
        CaseView paused = errands.find(id);
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.pause(id, CaseType.CORRECTION, "再停一次")))
                .hasFieldOrPropertyWithValue("key", "cases.pause.already");
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.resume(id, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.transfer(id, staff.unitB(), "不属本单位", null)))
                .hasFieldOrPropertyWithValue("key", "cases.paused");
        assertThat(errands.find(id)).isEqualTo(paused);
        cases.move(id, CaseStep.to("DONE", "终止办理"));
        assertThat(errands.find(id).paused()).isFalse();
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.pause(id, CaseType.CORRECTION, "办结后暂停")))
                .hasFieldOrPropertyWithValue("key", "cases.pause.not-open");
    }

    @Test
    void theApplicantsCorrectionResumesTheCaseThroughTheOwningModuleAndTheHistoryNamesThePublic() {
        long id = errands.assignedToA("办理建设工程规划许可", 5);
        as(staff.handlerA, () -> cases.pause(id, CaseType.CORRECTION, "缺少总平面图"));
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> cases.resume(id, "")).isInstanceOf(AccessDeniedException.class);
            cases.resumeTrusted(id, "申请人已上传补正材料");
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(errands.find(id).paused()).isFalse();
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.RESUMED);
            assertThat(e.actor()).isEqualTo("公众");
        });
    }

    @Test
    void theDeadlineJobDoesNotRemindAPausedCaseAndWarnsItAgainOnceResumed() {
        long id = errands.assignedToA("办理取水许可", 1);
        as(staff.handlerA, () -> cases.pause(id, CaseType.CORRECTION, "缺少水资源论证报告"));
        LocalDate late = workingDays.addWorkingDays(errands.find(id).deadline(), 3);
        assertThat(Errands.remindersOn(job, late, id)).isEmpty();
        assertThat(cases.history(id)).extracting(CaseEvent::action)
                .doesNotContain(Action.REMINDED, Action.OVERDUE, Action.ESCALATED);
        as(staff.handlerA, () -> cases.resume(id, ""));
        assertThat(Errands.remindersOn(job, late, id)).extracting(CaseReminder::kind)
                .containsExactly(Kind.OVERDUE, Kind.ESCALATED);
    }

    @Test
    void aPausedCasePastItsDeadlineIsMarkedPausedAndNotCountedOverdueInTheLedgerItsExportAndTheFigures()
            throws Exception {
        long id = errands.assignedToA("办理林木采伐许可", 5);
        jdbc.sql("UPDATE case_record SET deadline = ? WHERE id = ?").params(today().minusDays(10), id).update();
        as(staff.handlerA, () -> cases.pause(id, CaseType.SUSPENSION, "等待权属争议处理结果"));
        String unit = String.valueOf(staff.unitA());
        String reference = errands.find(id).reference();
        mvc.perform(get("/admin/cases/ledger").param("unit", unit).param("overdue", "yes")
                        .with(ConsoleFixtures.as(staff.supervisor)))
                .andExpect(content().string(containsString("共0件")));
        mvc.perform(get("/admin/cases/ledger").param("unit", unit).with(ConsoleFixtures.as(staff.supervisor)))
                .andExpect(content().string(allOf(containsString(reference), containsString("暂停计时"),
                        not(containsString("已超期")))));
        byte[] xlsx = mvc.perform(get("/admin/cases/ledger.xlsx").param("unit", unit)
                        .with(ConsoleFixtures.as(staff.supervisor)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo("计时状态");
            Row row = sheet.getRow(2);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(reference);
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("暂停计时");
        }
        assertThat(figuresOfA().openNow()).isEqualTo(1);
        assertThat(figuresOfA().overdueNow()).isZero();

        as(staff.handlerA, () -> cases.resume(id, "争议已处理"));
        mvc.perform(get("/admin/cases/ledger").param("unit", unit).param("overdue", "yes")
                        .with(ConsoleFixtures.as(staff.supervisor)))
                .andExpect(content().string(allOf(containsString("共1件"), containsString(reference))));
        assertThat(figuresOfA().overdueNow()).isEqualTo(1);
    }

    private CaseFigures.Figures figuresOfA() {
        return figures.perUnit(ErrandType.CODE, today(), today()).stream()
                .filter(f -> Long.valueOf(staff.unitA()).equals(f.unitId())).findFirst().orElseThrow();
    }

    @Test
    void theCasePagePausesAndResumesWithClearMessagesForBadInput() throws Exception {
        long id = errands.assignedToA("办理道路挖掘许可", 5);
        mvc.perform(post("/admin/cases/" + id + "/pause").with(ConsoleFixtures.as(staff.handlerA)).with(csrf())
                        .param("kind", CaseType.CORRECTION).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写理由")));
        mvc.perform(post("/admin/cases/" + id + "/pause").with(ConsoleFixtures.as(staff.handlerA)).with(csrf())
                        .param("kind", "NONSENSE").param("reason", "试试"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有“NONSENSE”这种暂停原因")));
        assertThat(errands.find(id).paused()).isFalse();
        mvc.perform(post("/admin/cases/" + id + "/pause").with(ConsoleFixtures.as(staff.handlerA)).with(csrf())
                        .param("kind", CaseType.CORRECTION).param("reason", "缺少施工方案"))
                .andExpect(redirectedUrl("/admin/cases/" + id));
        mvc.perform(get("/admin/cases/" + id).with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(content().string(allOf(containsString("暂停计时"), containsString("补正，自" + today()),
                        containsString("缺少施工方案"), containsString("action=\"/admin/cases/" + id + "/resume\""),
                        not(containsString("action=\"/admin/cases/" + id + "/pause\"")),
                        not(containsString("action=\"/admin/cases/" + id + "/transfer\"")))));
        mvc.perform(post("/admin/cases/" + id + "/resume").with(ConsoleFixtures.as(staff.handlerB)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/cases/" + id + "/resume").with(ConsoleFixtures.as(staff.handlerA)).with(csrf())
                        .param("reason", "已补正"))
                .andExpect(redirectedUrl("/admin/cases/" + id));
        assertThat(errands.find(id).paused()).isFalse();
    }
}
