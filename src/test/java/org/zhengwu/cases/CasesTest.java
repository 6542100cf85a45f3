package org.zhengwu.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengwu.cases.CaseStaff.as;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengwu.AuditRecords;
import org.zhengwu.ConsoleFixtures;
import org.zhengwu.ZhengwuTest;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.platform.RuleViolation;
import org.zhengwu.platform.audit.AuditEvent;
import org.zhengwu.platform.audit.AuditTrail;
import org.zhengwu.platform.security.StaffRole;
import org.zhengwu.sites.SiteAdministration;

/** The engine through {@link Cases} against the database: storage, history, audit and who may take which step. */
@ZhengwuTest
class CasesTest {

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
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    TransactionTemplate transactions;

    CaseStaff staff;
    AuditRecords audit;

    @BeforeEach
    void setUp() {
        staff = new CaseStaff(new ConsoleFixtures(sites, staffAdministration));
        audit = new AuditRecords(jdbc);
    }

    private long newErrand() {
        return cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("E"), "修路灯", "lights", null, 0));
    }

    private long assignedToA(int days) {
        long id = newErrand();
        as(staff.dispatcher, () -> cases.assign(id, staff.unitA(), days, CaseStep.to("ASSIGNED", "请办理")));
        return id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void anOpenedCaseIsStoredInItsFirstStateWithItsHistoryAndAnAuditRecord() {
        long id = newErrand();
        CaseView v = cases.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo("NEW");
        assertThat(v.phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(v.subject()).isEqualTo("修路灯");
        assertThat(cases.findByReference(ErrandType.CODE, v.reference())).contains(v);
        assertThat(cases.history(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.OPENED);
            assertThat(e.actor()).isEqualTo("系统");
            assertThat(e.toState()).isEqualTo("NEW");
        });
        assertThat(audit.last("cases.open", id)).hasValueSatisfying(r -> assertThat(r.detail()).contains(v.reference()));
    }

    @Test
    void aSecondCaseWithTheSameReferenceAndAnUnknownTypeAreRefused() {
        String reference = cases.find(newErrand()).orElseThrow().reference();
        assertThatThrownBy(() -> cases.open(new NewCase(ErrandType.CODE, reference, "又一件", null, null, 0)))
                .isInstanceOf(RuleViolation.class).hasFieldOrPropertyWithValue("key", "cases.reference.duplicate");
        assertThatThrownBy(() -> cases.open(new NewCase("no-such-type", "X-1", "无类型", null, null, 0)))
                .hasFieldOrPropertyWithValue("key", "cases.type.unknown");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_record WHERE reference = ?").param(reference)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDispatcherAssignsAndTheDeadlineCountsWorkingDaysFromToday() {
        long id = assignedToA(5);
        CaseView v = cases.find(id).orElseThrow();
        assertThat(v.ownerUnitId()).isEqualTo(staff.unitA());
        assertThat(v.state()).isEqualTo("ASSIGNED");
        assertThat(v.assignedOn()).isEqualTo(today());
        assertThat(v.deadline()).isEqualTo(workingDays.addWorkingDays(today(), 5));
        assertThat(workingDays.workingDaysBetween(today(), v.deadline())).isEqualTo(5);
        assertThat(v.version()).isEqualTo(1);
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.ASSIGNED);
            assertThat(e.actor()).isEqualTo(staff.dispatcher.displayName());
            assertThat(e.toUnitId()).isEqualTo(staff.unitA());
            assertThat(e.deadline()).isEqualTo(v.deadline());
            assertThat(e.note()).isEqualTo("请办理");
        });
        assertThat(audit.last("cases.assign", id)).hasValueSatisfying(r -> {
            assertThat(r.actorId()).isEqualTo(staff.dispatcher.accountId());
            assertThat(r.unitId()).isEqualTo(staff.unitA());
        });
    }

    @Test
    void aCaseOpenedForAUnitRunsFromTheStart() {
        long id = cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("E"), "直接交办", null, staff.unitB(), 3));
        CaseView v = cases.find(id).orElseThrow();
        assertThat(v.state()).isEqualTo("ASSIGNED");
        assertThat(v.deadline()).isEqualTo(workingDays.addWorkingDays(today(), 3));
        assertThat(cases.history(id)).extracting(CaseEvent::action).containsExactly(Action.OPENED, Action.ASSIGNED);
        assertThatThrownBy(() -> cases.open(new NewCase(ErrandType.CODE, ConsoleFixtures.code("E"), "无此单位", null,
                -5L, 3))).hasFieldOrPropertyWithValue("key", "cases.unit.unknown");
    }

    @Test
    void onlyTheDispatcherOrTheSystemAssignsAndARefusalIsAuditedAndChangesNothing() {
        long id = newErrand();
        long before = audit.lastSeq();
        assertThatThrownBy(() -> as(staff.handlerA,
                () -> cases.assign(id, staff.unitA(), 5, CaseStep.to("ASSIGNED", ""))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.find(id).orElseThrow().phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(cases.history(id)).hasSize(1);
        assertThat(audit.since(before)).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("cases.assign");
            assertThat(r.outcome()).isEqualTo("REFUSED");
            assertThat(r.actorId()).isEqualTo(staff.handlerA.accountId());
        });
        cases.assign(id, staff.unitA(), 5, CaseStep.to("ASSIGNED", "按规则交办"));
        assertThat(cases.find(id).orElseThrow().ownerUnitId()).isEqualTo(staff.unitA());
    }

    @Test
    void anotherUnitsHandlerMayNotTransferReturnOrAskForMoreTime() {
        long id = assignedToA(5);
        CaseView before = cases.find(id).orElseThrow();
        long seq = audit.lastSeq();
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.transfer(id, staff.unitB(), "抢过来", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.returnToDispatcher(id, "退回", "NEW")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.handlerB, () -> cases.requestExtension(id, 3, "延期")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.dispatcher, () -> cases.requestExtension(id, 3, "延期")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.transfer(id, staff.unitB(), "系统不转办", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.find(id)).contains(before);
        assertThat(audit.since(seq)).hasSize(5).allSatisfy(r -> assertThat(r.outcome()).isEqualTo("REFUSED"))
                .extracting(AuditRecords.Row::action)
                .containsExactly("cases.transfer", "cases.return", "cases.extension.request",
                        "cases.extension.request", "cases.transfer");
    }

    @Test
    void theOwningUnitTransfersWithAReasonAndTheNewUnitGetsItsOwnTime() {
        long id = assignedToA(5);
        as(staff.leaderA, () -> cases.setHandler(id, staff.handlerA.accountId()));
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.transfer(id, staff.unitB(), "  ", null)))
                .hasFieldOrPropertyWithValue("key", "cases.reason.empty");
        CaseView v = as(staff.handlerA, () -> cases.transfer(id, staff.unitB(), "属于乙单位职责", 3));
        assertThat(v.ownerUnitId()).isEqualTo(staff.unitB());
        assertThat(v.handlerAccountId()).isNull();
        assertThat(v.deadline()).isEqualTo(workingDays.addWorkingDays(today(), 3));
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.TRANSFERRED);
            assertThat(e.fromUnitId()).isEqualTo(staff.unitA());
            assertThat(e.toUnitId()).isEqualTo(staff.unitB());
            assertThat(e.note()).isEqualTo("属于乙单位职责");
            assertThat(e.actor()).isEqualTo(staff.handlerA.displayName());
        });
        assertThat(audit.last("cases.transfer", id)).hasValueSatisfying(r -> {
            assertThat(r.outcome()).isEqualTo("DONE");
            assertThat(r.detail()).contains("属于乙单位职责");
        });
        // the old unit has no say any more; the new one has
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.requestExtension(id, 2, "还想办")))
                .isInstanceOf(AccessDeniedException.class);
        as(staff.handlerB, () -> cases.requestExtension(id, 2, "需要协调"));
    }

    @Test
    void notOursSendsTheCaseBackToTheDispatcherWithTheReason() {
        long id = assignedToA(5);
        CaseView v = as(staff.handlerA, () -> cases.returnToDispatcher(id, "非本单位职责", "NEW"));
        assertThat(v.phase()).isEqualTo(CasePhase.UNASSIGNED);
        assertThat(v.ownerUnitId()).isNull();
        assertThat(v.deadline()).isNull();
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.RETURNED);
            assertThat(e.fromUnitId()).isEqualTo(staff.unitA());
            assertThat(e.note()).isEqualTo("非本单位职责");
        });
        as(staff.dispatcher, () -> cases.assign(id, staff.unitB(), 5, CaseStep.to("ASSIGNED", "改派乙单位")));
        assertThat(cases.find(id).orElseThrow().ownerUnitId()).isEqualTo(staff.unitB());
    }

    @Test
    void aSupervisorAloneDecidesAnExtensionAndAnApprovalMovesTheDeadline() {
        long id = assignedToA(5);
        LocalDate deadline = cases.find(id).orElseThrow().deadline();
        as(staff.handlerA, () -> cases.requestExtension(id, 3, "需要现场勘查"));
        assertThatThrownBy(() -> as(staff.handlerA, () -> cases.requestExtension(id, 1, "再要一天")))
                .hasFieldOrPropertyWithValue("key", "cases.extension.pending");
        assertThatThrownBy(() -> as(staff.leaderA, () -> cases.decideExtension(id, true, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(staff.dispatcher, () -> cases.decideExtension(id, true, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cases.find(id).orElseThrow().extensionRequested()).isEqualTo(3);
        CaseView v = as(staff.supervisor, () -> cases.decideExtension(id, true, "同意"));
        assertThat(v.deadline()).isEqualTo(workingDays.addWorkingDays(deadline, 3));
        assertThat(v.extensionRequested()).isNull();
        assertThat(cases.history(id)).extracting(CaseEvent::action).endsWith(Action.EXTENSION_REQUESTED,
                Action.EXTENSION_APPROVED);
        assertThat(cases.history(id)).filteredOn(e -> e.action() == Action.EXTENSION_REQUESTED).singleElement()
                .extracting(CaseEvent::note).isEqualTo("延期 3 个工作日：需要现场勘查");
        assertThat(audit.last("cases.extension.decide", id)).hasValueSatisfying(
                r -> assertThat(r.actorRole()).isEqualTo(StaffRole.SUPERVISOR.name()));
    }

    @Test
    void theHandlerMustBeACaseWorkerOfTheOwningUnit() {
        long id = assignedToA(5);
        assertThatThrownBy(() -> cases.setHandler(id, staff.handlerB.accountId()))
                .hasFieldOrPropertyWithValue("key", "cases.handler.not-of-unit");
        assertThatThrownBy(() -> cases.setHandler(id, staff.dispatcher.accountId()))
                .hasFieldOrPropertyWithValue("key", "cases.handler.not-of-unit");
        CaseView v = cases.setHandler(id, staff.handlerA.accountId());
        assertThat(v.handlerAccountId()).isEqualTo(staff.handlerA.accountId());
        assertThat(cases.history(id)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(Action.HANDLER_SET);
            assertThat(e.note()).isEqualTo(staff.handlerA.displayName());
        });
    }

    @Test
    void movesFollowTheFlowAndClosingAndReopeningAreRecorded() {
        long id = assignedToA(5);
        assertThatThrownBy(() -> cases.move(id, CaseStep.to("REJECTED", "")))
                .hasFieldOrPropertyWithValue("key", "cases.move.refused");
        cases.move(id, CaseStep.to("CHECKING", "送审"));
        CaseView done = cases.move(id, CaseStep.to("DONE", "已办结"));
        assertThat(done.phase()).isEqualTo(CasePhase.CLOSED);
        assertThat(done.closedAt()).isNotNull();
        assertThat(done.closedOnTime()).isTrue();
        assertThat(jdbc.sql("SELECT closed_on FROM case_record WHERE id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(done.closedAt().toLocalDate());
        CaseView again = cases.move(id, new CaseStep("REOPENED", "不满意", 2));
        assertThat(again.closedAt()).isNull();
        assertThat(again.deadline()).isEqualTo(workingDays.addWorkingDays(today(), 2));
        assertThat(cases.history(id)).extracting(CaseEvent::action)
                .containsExactly(Action.OPENED, Action.ASSIGNED, Action.MOVED, Action.MOVED, Action.REOPENED);
        assertThat(audit.of("cases.move", id)).extracting(AuditRecords.Row::outcome)
                .containsExactly("REFUSED", "DONE", "DONE", "DONE");
    }

    @Test
    void aRefusalInsideTheCallersTransactionLeavesTheCallersOwnWorkToCommit() {
        long id = assignedToA(5);
        String marker = ConsoleFixtures.code("caller");
        long seq = audit.lastSeq();
        as(staff.handlerB, () -> transactions.executeWithoutResult(tx -> {
            // the caller audits its own change first, so it holds the audit chain when the engine refuses
            auditTrail.record(AuditEvent.of("test.caller", "test", marker, null, "own change"));
            assertThatThrownBy(() -> cases.transfer(id, staff.unitB(), "越权", null))
                    .isInstanceOf(AccessDeniedException.class);
        }));
        List<AuditRecords.Row> after = audit.since(seq);
        assertThat(after).extracting(AuditRecords.Row::action, AuditRecords.Row::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test.caller", "DONE"),
                        org.assertj.core.groups.Tuple.tuple("cases.transfer", "REFUSED"));
        assertThat(cases.find(id).orElseThrow().ownerUnitId()).isEqualTo(staff.unitA());
    }
}
