package org.zhengwu.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhengwu.cases.CaseEvent.Action;
import org.zhengwu.cases.CasePhase;
import org.zhengwu.cases.CaseView;
import org.zhengwu.cases.JointReview;
import org.zhengwu.cases.WorkingDayCalendar;
import org.zhengwu.platform.RuleViolation;

/**
 * The rules of a joint review (会签) on one day, in plain Java like {@link CaseRules}: starting one (a branch per unit,
 * each due {@code workingDays} after today) and one unit's answer. Each refuses with a {@link RuleViolation} or says
 * what to write and what the history gains.
 */
final class JointReviewRules {

    /** The most units one joint review may ask. */
    static final int MAX_UNITS = 30;

    /** The branches to open: the review's number, each unit with its deadline, and the history line. */
    record Start(int number, List<Long> units, LocalDate deadline, String note, CaseRules.Entry entry) {
    }

    /** A unit's answer: its branch, the answer and opinion, and the history line. */
    record Answer(JointReview.Branch branch, boolean agreed, String opinion, CaseRules.Entry entry) {
    }

    private final WorkingDayCalendar calendar;
    private final LocalDate today;

    JointReviewRules(WorkingDayCalendar calendar, LocalDate today) {
        this.calendar = calendar;
        this.today = today;
    }

    /**
     * Asks several units at once. Refused: a case that is not open or is paused, while the previous joint review
     * still waits for a unit, without units, the same unit twice, or the owning unit itself.
     */
    Start start(CaseView v, JointReview latest, List<Long> unitIds, int workingDays, String note) {
        if (v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.joint.not-open", v.reference());
        }
        if (v.paused()) {
            throw new RuleViolation("cases.paused", v.reference());
        }
        if (latest != null && !latest.complete()) {
            throw new RuleViolation("cases.joint.open", v.reference());
        }
        if (unitIds == null || unitIds.isEmpty() || unitIds.stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("cases.joint.units.empty");
        }
        Set<Long> units = new LinkedHashSet<>(unitIds);
        if (units.size() != unitIds.size()) {
            throw new RuleViolation("cases.joint.units.twice");
        }
        if (units.size() > MAX_UNITS) {
            throw new RuleViolation("cases.joint.units.too-many", MAX_UNITS);
        }
        if (units.contains(v.ownerUnitId())) {
            throw new RuleViolation("cases.joint.units.own");
        }
        int days = CaseRules.workingDays(workingDays);
        String text = CaseRules.note(note);
        LocalDate deadline = calendar.addWorkingDays(today, days);
        int number = latest == null ? 1 : latest.number() + 1;
        return new Start(number, List.copyOf(units), deadline, text, new CaseRules.Entry(Action.JOINT_REVIEW_STARTED,
                v.state(), v.state(), v.ownerUnitId(), v.ownerUnitId(), deadline,
                "会签" + units.size() + "个单位，各限" + days + "个工作日" + (text.isEmpty() ? "" : "：" + text)));
    }

    /**
     * One unit answers its branch of the open joint review; disagreeing needs a reason, agreeing may have one.
     * Refused: a case not open (closed, or back with the dispatcher), a unit without a branch in the latest joint
     * review, a unit that has answered already.
     */
    Answer answer(CaseView v, JointReview latest, long unitId, boolean agree, String opinion) {
        if (v.phase() != CasePhase.OPEN) {
            throw new RuleViolation("cases.joint.answer.not-open", v.reference());
        }
        JointReview.Branch branch = latest == null ? null : latest.branches().stream()
                .filter(b -> b.unitId() == unitId).findFirst().orElse(null);
        if (branch == null) {
            throw new RuleViolation("cases.joint.not-a-branch", v.reference());
        }
        if (!branch.waiting()) {
            throw new RuleViolation("cases.joint.answered", v.reference());
        }
        String text = agree ? CaseRules.note(opinion) : CaseRules.reason(opinion);
        return new Answer(branch, agree, text, new CaseRules.Entry(Action.JOINT_REVIEW_ANSWERED, v.state(), v.state(),
                unitId, unitId, branch.deadline(), (agree ? "同意" : "不同意") + (text.isEmpty() ? "" : "：" + text)));
    }

    /** A waiting branch's deadline after a pause of {@code days} working days, moved like the case's. */
    LocalDate moved(LocalDate deadline, int days) {
        return days == 0 ? deadline : calendar.addWorkingDays(deadline, days);
    }
}
