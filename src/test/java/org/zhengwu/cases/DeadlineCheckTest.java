package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengwu.cases.CaseStaff.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * The deadline job with a controlled clock: each reminder once per deadline, to the right people, in the history, as
 * an event and as console notices; an extension re-arms them; a closed case is left alone.
 */
@ZhengwuTest
class DeadlineCheckTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    DeadlineCheck job;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ReminderInbox inbox;
    @Autowired
    SiteAdministration sites;
    @Autowired
    StaffAdministration staffAdministration;

    ConsoleFixtures fixtures;
    CaseStaff staff;

    @BeforeEach
    void setUp() {
        fixtures = new ConsoleFixtures(sites, staffAdministration);
        staff = new CaseStaff(fixtures);
    }

    private long assignedToA(int days) {
        long id = cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("D"), "清理河道", null, null, 0));
        as(staff.dispatcher, () -> cases.assign(id, staff.unitA(), days, CaseStep.to("ASSIGNED", "")));
        return id;
    }

    private List<Kind> runOn(LocalDate day, long caseId) {
        return job.runAt(Clock.fixed(day.atTime(9, 0).atZone(CHINA).toInstant(), CHINA)).stream()
                .filter(r -> r.caseId() == caseId).map(CaseReminder::kind).toList();
    }

    private LocalDate deadline(long id) {
        return cases.find(id).orElseThrow().deadline();
    }

    @Test
    void aCaseIsRemindedOnceBeforeItsDeadlineThenWarnedThenEscalated() {
        long id = assignedToA(5);
        cases.setHandler(id, staff.handlerA.accountId());
        LocalDate deadline = deadline(id);
        LocalDate dayBefore = deadline.minusDays(1);
        while (workingDays.workingDaysBetween(dayBefore, deadline) < 2) {
            dayBefore = dayBefore.minusDays(1);
        }
        assertThat(runOn(dayBefore, id)).isEmpty();
        LocalDate lastButOne = workingDays.addWorkingDays(dayBefore, 1);
        assertThat(runOn(lastButOne, id)).containsExactly(Kind.DUE_SOON);
        assertThat(runOn(deadline, id)).isEmpty();
        assertThat(runOn(deadline.plusDays(1), id)).containsExactly(Kind.OVERDUE);
        LocalDate escalation = workingDays.addWorkingDays(deadline, 2);
        assertThat(runOn(escalation.minusDays(1), id)).isEmpty();
        assertThat(runOn(escalation, id)).containsExactly(Kind.ESCALATED);
        assertThat(runOn(escalation.plusDays(30), id)).isEmpty();

        assertThat(inbox.of(id)).extracting(CaseReminder::kind)
                .containsExactly(Kind.DUE_SOON, Kind.OVERDUE, Kind.ESCALATED);
        assertThat(inbox.of(id)).allSatisfy(r -> {
            assertThat(r.deadline()).isEqualTo(deadline);
            assertThat(r.unitId()).isEqualTo(staff.unitA());
            assertThat(r.typeCode()).isEqualTo(ErrandType.CODE);
        });
        assertThat(cases.history(id))
                .filteredOn(e -> Set.of(Action.REMINDED, Action.OVERDUE, Action.ESCALATED).contains(e.action()))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("系统"))
                .extracting(CaseEvent::action).containsExactly(Action.REMINDED, Action.OVERDUE, Action.ESCALATED);
    }

    @Test
    void anApprovedExtensionArmsTheRemindersForTheNewDeadline() {
        long id = assignedToA(3);
        LocalDate deadline = deadline(id);
        assertThat(runOn(deadline, id)).containsExactly(Kind.DUE_SOON);
        as(staff.handlerA, () -> cases.requestExtension(id, 5, "等待检测报告"));
        as(staff.supervisor, () -> cases.decideExtension(id, true, "同意"));
        LocalDate extended = deadline(id);
        assertThat(extended).isEqualTo(workingDays.addWorkingDays(deadline, 5));
        assertThat(runOn(deadline.plusDays(1), id)).isEmpty();
        assertThat(runOn(extended, id)).containsExactly(Kind.DUE_SOON);
        assertThat(runOn(extended.plusDays(1), id)).containsExactly(Kind.OVERDUE);
    }

    @Test
    void aClosedCaseIsLeftAlone() {
        long id = assignedToA(3);
        LocalDate deadline = deadline(id);
        cases.move(id, CaseStep.to("DONE", "办结"));
        assertThat(runOn(deadline.plusDays(20), id)).isEmpty();
        assertThat(cases.history(id)).extracting(CaseEvent::action).doesNotContain(Action.OVERDUE);
    }

    @Test
    void theHandlerAndTheUnitsLeadersEvenOnesNamedLaterFindTheNoticesAndOpeningMarksThemRead() throws Exception {
        long id = assignedToA(3);
        cases.setHandler(id, staff.handlerA.accountId());
        String reference = cases.find(id).orElseThrow().reference();
        runOn(deadline(id).plusDays(1), id);
        StaffUser laterLeader = fixtures.staff(StaffRole.UNIT_REVIEWER, staff.unitA());
        for (StaffUser reader : List.of(staff.handlerA, staff.leaderA, laterLeader)) {
            mvc.perform(get("/admin/account/password").with(ConsoleFixtures.as(reader)))
                    .andExpect(content().string(containsString("提醒（1条未读）")));
            mvc.perform(get("/admin/cases/notices").with(ConsoleFixtures.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("条未读"))))
                    .andExpect(content().string(containsString(reference)))
                    .andExpect(content().string(containsString("已超期")))
                    .andExpect(content().string(containsString("新提醒")));
            mvc.perform(get("/admin/cases/notices").with(ConsoleFixtures.as(reader)))
                    .andExpect(content().string(not(containsString("条未读"))))
                    .andExpect(content().string(containsString("已读")));
        }
        // another unit's handler and a supervisor (not escalated yet) have nothing
        for (StaffUser other : List.of(staff.handlerB, staff.supervisor)) {
            mvc.perform(get("/admin/cases/notices").with(ConsoleFixtures.as(other)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(reference))));
        }
    }
}
