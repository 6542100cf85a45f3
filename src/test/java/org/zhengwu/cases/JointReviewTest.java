package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.cases.CaseStaff.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.accounts.internal.StaffUser;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CaseReminder.Kind;
import org.zhengwu.cases.internal.DeadlineCheck;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/**
 * Joint review (会签) through {@link Cases} and the console: unit A's case asks units B and C in parallel, each with
 * its own deadline; the case knows when all have answered and whether all agreed; overdue branches are warned and
 * escalated like cases.
 */
@ZhengwuTest
class JointReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
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
    long unitC;
    StaffUser handlerC;

    @BeforeEach
    void setUp() {
        ConsoleFixtures fixtures = new ConsoleFixtures(sites, staffAdministration);
        staff = new CaseStaff(fixtures);
        errands = new Errands(cases, staff);
        unitC = fixtures.site().unitId();
        handlerC = fixtures.staff(StaffRole.CASE_HANDLER, unitC);
    }

    private long askingBAndC(int days) {
        long id = errands.assignedToA("新建厂房项目审批", 10);
        as(staff.handlerA, () -> cases.startJointReview(id, List.of(staff.unitB(), unitC), days, "请会签"));
        return id;
    }

    @Test
    void twoUnitsAnswerInParallelOneDisagreesAndTheCaseKnowsTheJointReviewFailed() throws Exception {
        long id = askingBAndC(3);
        LocalDate due = workingDays.addWorkingDays(LocalDate.now(clock), 3);
        JointReview started = cases.jointReview(id).orElseThrow();
        assertThat(started.branches()).extracting(JointReview.Branch::unitId).containsExactly(staff.unitB(), unitC);
        assertThat(started.branches()).allSatisfy(b -> assertThat(b.deadline()).isEqualTo(due));
        assertThat(as(staff.handlerB, () -> cases.jointReviewQueue()))
                .anySatisfy(w -> {
                    assertThat(w.about().id()).isEqualTo(id);
                    assertThat(w.branch().deadline()).isEqualTo(due);
                });

        as(staff.handlerB, () -> cases.answerJointReview(id, staff.unitB(), true, "符合规划"));
        assertThat(cases.jointReview(id).orElseThrow().complete()).isFalse();
        JointReview done = as(handlerC, () -> cases.answerJointReview(id, unitC, false, "消防通道宽度不足"));
        assertThat(done.complete()).isTrue();
        assertThat(done.allAgreed()).isFalse();
        assertThat(done.anyDisagreed()).isTrue();
        assertThat(done.branches().get(1)).satisfies(b -> {
            assertThat(b.agreed()).isFalse();
            assertThat(b.opinion()).isEqualTo("消防通道宽度不足");
            assertThat(b.answeredBy()).isEqualTo(handlerC.displayName());
            assertThat(b.answeredAt()).isNotNull();
        });
        assertThat(as(staff.handlerB, () -> cases.jointReviewQueue())).noneMatch(w -> w.about().id() == id);
        assertThat(cases.history(id)).extracting(CaseEvent::action, CaseEvent::toUnitId).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple(Action.JOINT_REVIEW_STARTED, staff.unitA()),
                org.assertj.core.groups.Tuple.tuple(Action.JOINT_REVIEW_ANSWERED, staff.unitB()),
                org.assertj.core.groups.Tuple.tuple(Action.JOINT_REVIEW_ANSWERED, unitC));

        mvc.perform(get("/admin/cases/" + id).with(ConsoleFixtures.as(staff.handlerB)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("会签（第1次）"),
                        containsString("有会签单位不同意"), containsString("消防通道宽度不足"),
                        containsString("符合规划"))));
    }

    @Test
    void anAskedUnitAnswersOnTheCasePageAndFindsTheCaseInItsQueue() throws Exception {
        long id = askingBAndC(3);
        mvc.perform(get("/admin/cases").with(ConsoleFixtures.as(staff.handlerB)))
                .andExpect(content().string(allOf(containsString("待本单位会签"),
                        containsString(errands.find(id).reference()))));
        mvc.perform(get("/admin/cases/" + id).with(ConsoleFixtures.as(staff.handlerB)))
                .andExpect(content().string(allOf(containsString("还有2个单位未答复"),
                        containsString("action=\"/admin/cases/" + id + "/joint\""))));
        mvc.perform(post("/admin/cases/" + id + "/joint").with(ConsoleFixtures.as(staff.handlerB)).with(csrf())
                        .param("decision", "disagree").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写理由")));
        mvc.perform(post("/admin/cases/" + id + "/joint").with(ConsoleFixtures.as(staff.handlerB)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择同意或不同意")));
        mvc.perform(post("/admin/cases/" + id + "/joint").with(ConsoleFixtures.as(staff.handlerB)).with(csrf())
                        .param("decision", "agree"))
                .andExpect(redirectedUrl("/admin/cases/" + id));
        assertThat(cases.jointReview(id).orElseThrow().branches().get(0).agreed()).isTrue();
    }

    @Test
    void theOwningUnitStartsAJointReviewOnTheCasePageAndBadInputIsShownWithItsMessage() throws Exception {
        long id = errands.assignedToA("新建仓库项目审批", 10);
        String start = "/admin/cases/" + id + "/joint/start";
        mvc.perform(get("/admin/cases/" + id).with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(content().string(containsString("action=\"" + start + "\"")));
        mvc.perform(post(start).with(ConsoleFixtures.as(staff.handlerA)).with(csrf()).param("days", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择会签单位")));
        mvc.perform(post(start).with(ConsoleFixtures.as(staff.handlerA)).with(csrf()).param("unit", "abc")
                        .param("days", "3"))
                .andExpect(content().string(containsString("请从列表中选择会签单位")));
        mvc.perform(post(start).with(ConsoleFixtures.as(staff.handlerA)).with(csrf())
                        .param("unit", String.valueOf(staff.unitB())).param("days", "0"))
                .andExpect(content().string(allOf(containsString("工作日数须在1至250之间"),
                        containsString("value=\"" + staff.unitB() + "\" checked"))));
        mvc.perform(post(start).with(ConsoleFixtures.as(staff.handlerB)).with(csrf())
                .param("unit", String.valueOf(unitC)).param("days", "3")).andExpect(status().isForbidden());
        assertThat(cases.jointReview(id)).isEmpty();
        mvc.perform(post(start).with(ConsoleFixtures.as(staff.handlerA)).with(csrf())
                        .param("unit", String.valueOf(staff.unitB())).param("unit", String.valueOf(unitC))
                        .param("days", "3").param("reason", "请会签"))
                .andExpect(redirectedUrl("/admin/cases/" + id));
        assertThat(cases.jointReview(id).orElseThrow().branches()).extracting(JointReview.Branch::unitId)
                .containsExactly(staff.unitB(), unitC);
        mvc.perform(get("/admin/cases/" + id).with(ConsoleFixtures.as(staff.handlerA)))
                .andExpect(content().string(allOf(containsString("还有2个单位未答复"),
                        org.hamcrest.Matchers.not(containsString("action=\"" + start + "\"")))));
    }

    @Test
    void aSecondJointReviewAnAnswerGivenTwiceOrByAUnitNotAskedAndAnAnswerOnAClosedCaseAreRefused() throws Exception {
        long id = askingBAndC(3);
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.startJointReview(id, List.of(unitC), 3, "")))
                .hasFieldOrPropertyWithValue("key", "cases.joint.open");
        as(staff.handlerB, () -> cases.answerJointReview(id, staff.unitB(), true, ""));
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.answerJointReview(id, staff.unitB(), false, "改主意")))
                .hasFieldOrPropertyWithValue("key", "cases.joint.answered");
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.answerJointReview(id, staff.unitA(), true, "")))
                .hasFieldOrPropertyWithValue("key", "cases.joint.not-a-branch");
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.answerJointReview(id, unitC, true, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.startJointReview(id, List.of(unitC), 3, "")))
                .isInstanceOf(AccessDeniedException.class);

        long other = errands.assignedToA("别的办件", 5);
        mvc.perform(get("/admin/cases/" + other).with(ConsoleFixtures.as(staff.handlerB)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/cases/" + other + "/joint").with(ConsoleFixtures.as(staff.handlerB)).with(csrf())
                .param("decision", "agree")).andExpect(status().isForbidden());

        cases.move(id, CaseStep.to("DONE", "不予许可"));
        assertThatThrownBy(() -> as(handlerC, () -> cases.answerJointReview(id, unitC, true, "")))
                .hasFieldOrPropertyWithValue("key", "cases.joint.answer.not-open");
        assertThat(cases.jointReview(id).orElseThrow().branches().get(1).waiting()).isTrue();
    }

    @Test
    void anOverdueBranchIsWarnedToItsUnitAndEscalatedToTheSupervisorsOnceButNotWhileTheCaseIsPaused() throws Exception {
        long id = askingBAndC(1);
        LocalDate due = cases.jointReview(id).orElseThrow().branches().get(0).deadline();
        LocalDate late = workingDays.addWorkingDays(due, 2);

        as(staff.handlerA, () -> cases.pause(id, CaseType.SUSPENSION, "等待环评批复"));
        assertThat(Errands.remindersOn(job, late, id)).isEmpty();
        as(staff.handlerA, () -> cases.resume(id, ""));

        as(staff.handlerB, () -> cases.answerJointReview(id, staff.unitB(), true, ""));
        List<CaseReminder> sent = Errands.remindersOn(job, late, id);
        assertThat(sent).extracting(CaseReminder::kind).containsExactly(Kind.OVERDUE, Kind.ESCALATED);
        assertThat(sent).allSatisfy(r -> {
            assertThat(r.branchId()).isNotNull();
            assertThat(r.unitId()).isEqualTo(unitC);
            assertThat(r.deadline()).isEqualTo(due);
        });
        assertThat(Errands.remindersOn(job, late, id)).isEmpty();
        long branch = sent.get(0).branchId();
        assertThat(noticeCount(branch, unitC, StaffRole.CASE_HANDLER)).isEqualTo(1);
        assertThat(noticeCount(branch, unitC, StaffRole.UNIT_REVIEWER)).isEqualTo(1);
        assertThat(noticeCount(branch, null, StaffRole.SUPERVISOR)).isEqualTo(1);
        mvc.perform(get("/admin/cases/notices").with(ConsoleFixtures.as(handlerC)))
                .andExpect(content().string(allOf(containsString("会签已超期"),
                        containsString("href=\"/admin/cases/" + id + "#joint\""))));
        assertThat(cases.history(id)).filteredOn(e -> e.action().name().startsWith("BRANCH_"))
                .extracting(CaseEvent::action, CaseEvent::toUnitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Action.BRANCH_OVERDUE, unitC),
                        org.assertj.core.groups.Tuple.tuple(Action.BRANCH_ESCALATED, unitC));
    }

    @Test
    void resumingAPausedCaseMovesItsDeadlineAndEveryWaitingBranchByThePausedWorkingDays() {
        long id = askingBAndC(3);
        as(staff.handlerB, () -> cases.answerJointReview(id, staff.unitB(), true, ""));
        as(staff.handlerA, () -> cases.pause(id, CaseType.CORRECTION, "缺少消防设计文件"));
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusDays(14);
        jdbc.sql("UPDATE case_record SET paused_on = ? WHERE id = ?").params(since, id).update();
        int paused = workingDays.workingDaysBetween(since, today);
        LocalDate caseDeadline = errands.find(id).deadline();
        JointReview before = cases.jointReview(id).orElseThrow();

        CaseView resumed = as(staff.handlerA, () -> cases.resume(id, "已补正"));
        JointReview after = cases.jointReview(id).orElseThrow();
        assertThat(paused).isPositive();
        assertThat(resumed.deadline()).isEqualTo(workingDays.addWorkingDays(caseDeadline, paused));
        assertThat(after.branches().get(0).deadline()).as("answered: stays")
                .isEqualTo(before.branches().get(0).deadline());
        assertThat(after.branches().get(1).deadline()).as("waiting: moves")
                .isEqualTo(workingDays.addWorkingDays(before.branches().get(1).deadline(), paused));
        assertThat(cases.history(id)).last().extracting(CaseEvent::note)
                .isEqualTo("暂停计时" + paused + "个工作日：已补正");
    }

    private long noticeCount(long branchId, Long unitId, StaffRole role) {
        return jdbc.sql("SELECT COUNT(*) FROM case_notice WHERE branch_id = ? AND recipient_role = ? AND "
                        + (unitId == null ? "recipient_unit_id IS NULL" : "recipient_unit_id = " + unitId))
                .params(branchId, role.name()).query(Long.class).single();
    }
}
