package org.zhengwu.petitions.internal.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengwu.cases.CaseStep;
import org.zhengwu.cases.Cases;
import org.zhengwu.cases.NewCase;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.petitions.SampleScreening;
import org.zhengwu.platform.crypto.FieldCipher;
import org.zhengwu.platform.security.UnitScope;

/** {@link SampleScreening}: last month's round; invented disputes and parties. */
@Service
class ScreeningSamples implements SampleScreening {

    private final ScreeningStore store;
    private final Cases cases;
    private final WorkingDays workingDays;
    private final FieldCipher cipher;
    private final UnitScope scope;
    private final Clock clock;

    ScreeningSamples(ScreeningStore store, Cases cases, WorkingDays workingDays, FieldCipher cipher, UnitScope scope,
                     Clock clock) {
        this.store = store;
        this.cases = cases;
        this.workingDays = workingDays;
        this.cipher = cipher;
        this.scope = scope;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long create(List<Long> unitIds) {
        scope.requireRoleOrSystem(); // the system alone
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.withDayOfMonth(1).minusMonths(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        LocalDate due = workingDays.addWorkingDays(today, 5);
        String name = from.getYear() + "年" + from.getMonthValue() + "月矛盾纠纷排查";
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = store.insertRound(name, from, to, due, "系统", now);
        for (long unit : unitIds) {
            long caseId = cases.open(new NewCase(ScreeningReportType.CODE, ScreeningReportType.reference(id, unit), name,
                    null, unit, 5));
            store.insertReport(id, unit, caseId);
        }
        ScreeningStore.Report first = store.report(id, unitIds.get(0)).orElseThrow();
        store.addDispute(first.id(), "两户村民因宅基地边界发生争执，多次到村委会反映", cipher.encrypt("张某某、李某某"),
                "示例村三组", Risk.HIGH, "村调委会两次调解，镇司法所介入，约定实地测量", DisputeState.RESOLVING);
        store.addDispute(first.id(), "小区物业与业主因停车收费发生纠纷", cipher.encrypt("示例小区业主委员会、示例物业公司"),
                "城关镇示例小区", Risk.MEDIUM, "社区组织三方协商，暂停收费", DisputeState.CONTROLLED);
        submit(first, false, "2 件矛盾纠纷", now);
        submit(store.report(id, unitIds.get(1)).orElseThrow(), true, "无矛盾纠纷（零报告）", now);
        return id;
    }

    private void submit(ScreeningStore.Report r, boolean nil, String note, OffsetDateTime at) {
        store.submit(r.id(), nil, "系统", at);
        cases.move(r.caseId(), CaseStep.to(ScreeningReportType.SUBMITTED, note));
    }
}
