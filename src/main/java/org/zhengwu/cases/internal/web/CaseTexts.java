package org.zhengwu.cases.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhengwu.accounts.StaffAccount;
import org.zhengwu.accounts.StaffAdministration;
import org.zhengwu.cases.CaseType;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.JointReview;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.WorkingDays;
import org.zhengwu.cases.internal.CaseTypes;
import org.zhengwu.platform.web.Ui;
import org.zhengwu.sites.SiteDirectory;
import org.zhengwu.sites.Unit;

/**
 * What the case pages show besides the stored values: where a case is worked on, the names of its type, state, unit
 * and handler, and the time left in working days, in words (overdue is said in text, not by colour alone).
 */
@Component
public class CaseTexts {

    private final CaseTypes types;
    private final SiteDirectory sites;
    private final StaffAdministration staff;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseTexts(CaseTypes types, SiteDirectory sites, StaffAdministration staff, WorkingDays workingDays, Clock clock) {
        this.types = types;
        this.sites = sites;
        this.staff = staff;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** The owning module's page of the case, or the engine's own page when its type is gone. */
    public String path(CaseView c) {
        return types.find(c.typeCode()).map(t -> t.consolePath(c)).orElse(enginePath(c));
    }

    public String enginePath(CaseView c) {
        return "/admin/cases/" + c.id();
    }

    public String typeName(Ui ui, String typeCode) {
        return types.find(typeCode).map(t -> ui.t(t.nameKey())).orElse(typeCode);
    }

    public String stateName(Ui ui, CaseView c) {
        return stateName(ui, c.typeCode(), c.state());
    }

    public String stateName(Ui ui, String typeCode, String state) {
        if (state == null) {
            return "";
        }
        CaseType t = types.find(typeCode).orElse(null);
        return t == null || !t.flow().knows(state) ? state : ui.t(t.flow().labelKey(state));
    }

    /** A pause kind's name (补正, 中止), or its code when it has no label. */
    public String pauseKindName(Ui ui, String kind) {
        String key = "cases.pause.kind." + kind;
        String name = ui.t(key);
        return name.equals(key) ? kind : name;
    }

    /** A branch's time left, said like a case's: 剩余3个工作日, 今日到期, 已超期2个工作日; empty once answered. */
    public String remaining(Ui ui, JointReview.Branch b) {
        return b.waiting() ? remaining(ui, b.deadline()) : "";
    }

    private String remaining(Ui ui, LocalDate deadline) {
        LocalDate today = today();
        if (today.isAfter(deadline)) {
            int late = workingDays.workingDaysBetween(deadline, today);
            return late == 0 ? ui.t("cases.remaining.overdue-now") : ui.t("cases.remaining.overdue", late);
        }
        int left = workingDays.workingDaysBetween(today, deadline);
        return left == 0 ? ui.t("cases.remaining.today") : ui.t("cases.remaining.days", left);
    }

    /** The unit's name; empty for none (with the dispatcher). */
    public String unitName(Long unitId) {
        return unitId == null ? "" : sites.unit(unitId).map(Unit::name).orElse(String.valueOf(unitId));
    }

    /** A memo of account names for one page or one export: each account is read once. */
    public Names names() {
        return new Names();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Time left: 剩余3个工作日, 今日到期, 已超期2个工作日, 暂停计时; empty when not open. */
    public String remaining(Ui ui, CaseView c) {
        if (c.phase() != CasePhase.OPEN || c.deadline() == null) {
            return "";
        }
        return c.paused() ? ui.t("cases.paused.tag") : remaining(ui, c.deadline());
    }

    public final class Names {

        private final Map<Long, String> accounts = new HashMap<>();

        private Names() {
        }

        public String account(Long id) {
            return id == null ? "" : accounts.computeIfAbsent(id,
                    k -> staff.account(k).map(StaffAccount::displayName).orElse(String.valueOf(k)));
        }
    }
}
